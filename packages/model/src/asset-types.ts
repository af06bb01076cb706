/** Victim and adversary asset types (reference §10.3 and §10.4). */

/** One field of an asset type. @public */
export interface AssetFieldInfo {
  readonly name: string;
  /** Required on create and on update alike (reference §10.3). */
  readonly required: boolean;
}

/** A victim asset type. @public */
export interface VictimAssetTypeInfo {
  /** URL segment under `…/victimAssets/`, e.g. `"networkAccounts"`. */
  readonly apiBranch: string;
  /** `type` value in responses, e.g. `"NetworkAccount"`. */
  readonly type: string;
  /** Key under `data` for the typed object, e.g. `"victimNetworkAccount"`. */
  readonly apiEntity: string;
  readonly fields: readonly AssetFieldInfo[];
  /** The field shown as `name` in untyped `victimAsset` lists. */
  readonly nameField: string;
}

/** The five victim asset types. @public */
export const VICTIM_ASSET_TYPES: readonly VictimAssetTypeInfo[] = [
  {
    apiBranch: "emailAddresses",
    type: "EmailAddress",
    apiEntity: "victimEmailAddress",
    fields: [
      { name: "address", required: true },
      { name: "addressType", required: false },
    ],
    nameField: "address",
  },
  {
    apiBranch: "networkAccounts",
    type: "NetworkAccount",
    apiEntity: "victimNetworkAccount",
    fields: [
      { name: "account", required: true },
      { name: "network", required: false },
    ],
    nameField: "account",
  },
  {
    apiBranch: "phoneNumbers",
    type: "Phone",
    apiEntity: "victimPhone",
    fields: [{ name: "phoneType", required: true }],
    nameField: "phoneType",
  },
  {
    apiBranch: "socialNetworks",
    type: "SocialNetwork",
    apiEntity: "victimSocialNetwork",
    fields: [
      { name: "account", required: true },
      { name: "network", required: false },
    ],
    nameField: "account",
  },
  {
    apiBranch: "webSites",
    type: "WebSite",
    apiEntity: "victimWebSite",
    fields: [{ name: "webSite", required: true }],
    nameField: "webSite",
  },
];

/** An adversary asset type: exactly one field, settable only on its own type. @public */
export interface AdversaryAssetTypeInfo {
  /** URL segment under `…/adversaryAssets/`. */
  readonly apiBranch: string;
  /** `type` value in responses. */
  readonly type: string;
  /** Key under `data` for the typed object. */
  readonly apiEntity: string;
  /** The one body field. */
  readonly field: string;
}

/**
 * The three adversary asset types. The phone number `type` value is not documented; `"Phone"`
 * mirrors the victim asset of the same kind.
 * @public
 */
export const ADVERSARY_ASSET_TYPES: readonly AdversaryAssetTypeInfo[] = [
  { apiBranch: "handles", type: "Handle", apiEntity: "adversaryHandle", field: "handle" },
  { apiBranch: "phoneNumbers", type: "Phone", apiEntity: "adversaryPhoneNumber", field: "phoneNumber" },
  { apiBranch: "urls", type: "URL", apiEntity: "adversaryUrl", field: "url" },
];

/** Finds a victim asset type by branch, response type or entity key (case-insensitive). @public */
export function findVictimAssetType(branchOrTypeOrEntity: string): VictimAssetTypeInfo | undefined {
  const key = branchOrTypeOrEntity.toLowerCase();
  return VICTIM_ASSET_TYPES.find(
    (t) =>
      t.apiBranch.toLowerCase() === key || t.type.toLowerCase() === key || t.apiEntity.toLowerCase() === key,
  );
}

/** Finds an adversary asset type by branch, response type or entity key (case-insensitive). @public */
export function findAdversaryAssetType(branchOrTypeOrEntity: string): AdversaryAssetTypeInfo | undefined {
  const key = branchOrTypeOrEntity.toLowerCase();
  return ADVERSARY_ASSET_TYPES.find(
    (t) =>
      t.apiBranch.toLowerCase() === key || t.type.toLowerCase() === key || t.apiEntity.toLowerCase() === key,
  );
}
