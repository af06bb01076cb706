/** Indicator entities (reference §10.1, §11.3–§11.6). Types only. */

import type { RegistryValueType } from "../indicator-types.js";
import type { DateTimeString, Embedded, Id, Owner, StringFlag } from "./common.js";

/** Fields every indicator response may carry. @public */
export interface IndicatorBase extends Embedded {
  id: Id;
  /** Single-item responses. */
  owner?: Owner;
  /** List items. */
  ownerName?: string;
  dateAdded?: DateTimeString;
  lastModified?: DateTimeString;
  /** Decimal 0–5. */
  rating?: number;
  /** Integer 0–100. */
  confidence?: number;
  threatAssessRating?: number;
  threatAssessConfidence?: number;
  threatAssessScore?: number;
  calScore?: number;
  calIndicatorStatus?: number;
  /** A UI link; recorded responses show `null/auth/…`, so do not assume it is absolute. */
  webLink?: string;
  description?: string;
  source?: string;
  // With includeAdditional=true:
  observationCount?: number;
  lastObserved?: DateTimeString;
  falsePositiveCount?: number;
  falsePositiveLastReported?: DateTimeString;
  privateFlag?: boolean;
  active?: boolean;
  activeLocked?: boolean;
  communityOrSource?: boolean;
  additionalOwners?: Owner[];
}

/**
 * An item of `/v2/indicators` and untyped pivots: values folded into `summary`
 * (multi-value types joined with `" : "`).
 * @public
 */
export interface IndicatorSummaryItem extends IndicatorBase {
  type: string;
  summary: string;
}

/** The identifying values of each built-in type, by body key. @public */
export interface IndicatorValues {
  Address: { ip: string };
  EmailAddress: { address: string };
  File: { md5?: string; sha1?: string; sha256?: string };
  Host: { hostName: string };
  URL: { text: string };
  ASN: { "AS Number": string };
  CIDR: { Block: string };
  Mutex: { Mutex: string };
  "Registry Key": {
    "Key Name": string;
    /** `" "` means "no value name". */
    "Value Name": string;
    "Value Type": RegistryValueType;
  };
  "User Agent": { "User Agent String": string };
}

/** Writable fields beyond the values, per type (reference §11.3). @public */
export interface IndicatorTypeExtras {
  Address: object;
  EmailAddress: object;
  File: { size?: number };
  Host: { dnsActive?: StringFlag; whoisActive?: StringFlag };
  URL: object;
  ASN: object;
  CIDR: object;
  Mutex: object;
  "Registry Key": object;
  "User Agent": object;
}

/**
 * A typed indicator response. Typed endpoints (`/v2/indicators/{branch}/…`) send `type` only for
 * custom types; clients should set it from the branch so the union discriminates.
 * @public
 */
export type TypedIndicator<T extends keyof IndicatorValues> = IndicatorBase & {
  type: T;
} & IndicatorValues[T] &
  IndicatorTypeExtras[T];

/** @public */
export type AddressIndicator = TypedIndicator<"Address">;
/** @public */
export type EmailAddressIndicator = TypedIndicator<"EmailAddress">;
/** @public */
export type FileIndicator = TypedIndicator<"File">;
/** @public */
export type HostIndicator = TypedIndicator<"Host">;
/** @public */
export type UrlIndicator = TypedIndicator<"URL">;
/** @public */
export type AsnIndicator = TypedIndicator<"ASN">;
/** @public */
export type CidrIndicator = TypedIndicator<"CIDR">;
/** @public */
export type MutexIndicator = TypedIndicator<"Mutex">;
/** @public */
export type RegistryKeyIndicator = TypedIndicator<"Registry Key">;
/** @public */
export type UserAgentIndicator = TypedIndicator<"User Agent">;

/** Any built-in indicator, discriminated on `type`. @public */
export type Indicator =
  | AddressIndicator
  | EmailAddressIndicator
  | FileIndicator
  | HostIndicator
  | UrlIndicator
  | AsnIndicator
  | CidrIndicator
  | MutexIndicator
  | RegistryKeyIndicator
  | UserAgentIndicator;

/**
 * An indicator of an instance-defined custom type: its values sit under their label keys
 * (e.g. `"Hashtag"`). Kept out of {@link Indicator} so that union stays discriminated.
 * @public
 */
export type CustomIndicator = IndicatorBase & { type: string } & Record<string, unknown>;

/** Writable fields of every indicator (reference §11.3). @public */
export interface IndicatorWritableFields {
  rating?: number;
  confidence?: number;
  active?: boolean;
  activeLocked?: boolean;
  /** The docs show the string `"true"` in a create body. */
  privateFlag?: boolean | StringFlag;
}

/** Body of `POST /v2/indicators/{branch}` for a built-in type. @public */
export type IndicatorCreateInput<T extends keyof IndicatorValues> = IndicatorValues[T] &
  IndicatorTypeExtras[T] &
  IndicatorWritableFields;

/** Body of `PUT /v2/indicators/{branch}/{value}`: the values cannot change. @public */
export type IndicatorUpdateInput<T extends keyof IndicatorValues> = IndicatorTypeExtras[T] & {
  rating?: number;
  confidence?: number;
};

/** `…/observations` item. @public */
export interface Observation {
  count: number;
  dateObserved: DateTimeString;
}

/** Body of `POST …/observations`. @public */
export interface ObservationInput {
  count: number;
  dateObserved?: DateTimeString;
}

/** `…/observationCount`; `your*` counts are the caller's organization. @public */
export interface ObservationCount {
  count: number;
  lastObserved?: DateTimeString;
  yourCount?: number;
  yourLastObserved?: DateTimeString;
}

/** `POST …/falsePositive` result. @public */
export interface FalsePositive {
  count: number;
  lastReported: DateTimeString;
}

/** A file occurrence (reference §11.4). @public */
export interface FileOccurrence {
  id: Id;
  fileName?: string;
  path?: string;
  date?: DateTimeString;
}

/** Body of a file occurrence POST/PUT: at least one field. @public */
export interface FileOccurrenceInput {
  fileName?: string;
  path?: string;
  date?: DateTimeString;
}

/** An address inside a host's DNS resolution. @public */
export interface DnsResolutionAddress extends IndicatorBase {
  ip: string;
}

/** `/v2/indicators/hosts/{host}/dnsResolutions` item. @public */
export interface DnsResolution {
  resolutionDate: DateTimeString;
  addresses?: DnsResolutionAddress[];
}

/** `/v2/indicators/deleted` item. @public */
export interface DeletedIndicator {
  ownerName: string;
  type: string;
  dateAdded: DateTimeString;
  summary: string;
}

/** A user's share of an observed indicator. @public */
export interface UserObservation {
  userName: string;
  userLastObservedDate: DateTimeString;
  count: number;
}

/** `/v2/indicators/observed` item. @public */
export interface ObservedIndicator {
  summary: string;
  observationCount: number;
  lastObserved: DateTimeString;
  userObservedList: UserObservation[];
}

/** `GET /v2/indicators/bulk` body (no envelope). @public */
export interface BulkStatus {
  name: string;
  csvEnabled: boolean;
  jsonEnabled: boolean;
  nextRun?: DateTimeString;
  lastRun?: DateTimeString;
  /** e.g. `"Complete"`, `"Failure"`. */
  status: string;
}

/** `GET /v2/indicators/bulk?owner=` response (no envelope). @public */
export interface BulkStatusResponse {
  bulkStatus: BulkStatus;
}

/** `GET /v2/indicators/bulk/json` response (no envelope); valid batch input. @public */
export interface BulkJsonReport {
  indicator: IndicatorSummaryItem[];
}
