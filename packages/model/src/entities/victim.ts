/** Victims and victim assets (reference §10.3, §11.13). Types only. */

import type { Embedded, Id } from "./common.js";

/** A victim. Responses carry no owner (reference §4.3). @public */
export interface Victim extends Embedded {
  id: Id;
  name: string;
  description?: string;
  org?: string;
  suborg?: string;
  workLocation?: string;
  nationality?: string;
  webLink?: string;
}

/** Body of `POST /v2/victims` (and PUT, where `name` is also required). @public */
export interface VictimInput {
  name: string;
  description?: string;
  org?: string;
  suborg?: string;
  workLocation?: string;
  nationality?: string;
}

/** Victim asset `type` values. @public */
export type VictimAssetKind = "EmailAddress" | "NetworkAccount" | "Phone" | "SocialNetwork" | "WebSite";

/** `…/victimAssets` (untyped) item. @public */
export interface VictimAssetSummary {
  id: Id;
  name: string;
  type: VictimAssetKind;
  webLink?: string;
}

interface VictimAssetBase {
  id: Id;
  webLink?: string;
}

/** `victimEmailAddress`. @public */
export interface VictimEmailAddress extends VictimAssetBase {
  type: "EmailAddress";
  address: string;
  addressType?: string;
}

/** `victimNetworkAccount`. @public */
export interface VictimNetworkAccount extends VictimAssetBase {
  type: "NetworkAccount";
  account: string;
  network?: string;
}

/** `victimPhone`. @public */
export interface VictimPhone extends VictimAssetBase {
  type: "Phone";
  phoneType: string;
}

/** `victimSocialNetwork`. @public */
export interface VictimSocialNetwork extends VictimAssetBase {
  type: "SocialNetwork";
  account: string;
  network?: string;
}

/** `victimWebSite`. @public */
export interface VictimWebSite extends VictimAssetBase {
  type: "WebSite";
  webSite: string;
}

/** Any typed victim asset, discriminated on `type`. @public */
export type VictimAsset =
  | VictimEmailAddress
  | VictimNetworkAccount
  | VictimPhone
  | VictimSocialNetwork
  | VictimWebSite;

/** Bodies of victim asset POST/PUT, by URL branch. @public */
export interface VictimAssetInputs {
  emailAddresses: { address: string; addressType?: string };
  networkAccounts: { account: string; network?: string };
  phoneNumbers: { phoneType: string };
  socialNetworks: { account: string; network?: string };
  webSites: { webSite: string };
}
