/** Batch API jobs and input documents (reference §12). Types only. */

import type {
  BATCH_ACTIONS,
  BATCH_ATTRIBUTE_WRITE_TYPES,
  BATCH_FILE_MERGE_MODES,
  BATCH_HASH_COLLISION_MODES,
  BATCH_LIST_WRITE_TYPES,
  BATCH_VERSIONS,
  BatchErrorCode,
  BatchStatusValue,
  EventStatus,
  EventType,
  IncidentStatus,
  SignatureFileType,
} from "../enumerations.js";
import type { GroupTypeName } from "../group-types.js";
import type { RegistryValueType } from "../indicator-types.js";
import type { DateTimeString, Id, StringFlag } from "./common.js";
import type { FileOccurrenceInput } from "./indicator.js";

/** Body of `POST /v2/batch`. @public */
export interface BatchJobSettings {
  version?: (typeof BATCH_VERSIONS)[number];
  /** Owner name. */
  owner: string;
  /** [TCEX] sends the strings `"true"`/`"false"`. */
  haltOnError: boolean | StringFlag;
  action: (typeof BATCH_ACTIONS)[number];
  attributeWriteType: (typeof BATCH_ATTRIBUTE_WRITE_TYPES)[number];
  tagWriteType?: (typeof BATCH_LIST_WRITE_TYPES)[number];
  securityLabelWriteType?: (typeof BATCH_LIST_WRITE_TYPES)[number];
  fileMergeMode?: (typeof BATCH_FILE_MERGE_MODES)[number];
  hashCollisionMode?: (typeof BATCH_HASH_COLLISION_MODES)[number];
  playbookTriggersEnabled?: boolean | StringFlag;
}

/** `data.batchStatus`. Counts may be missing (recorded responses omit some). @public */
export interface BatchStatus {
  id: Id;
  status: BatchStatusValue;
  errorCount?: number;
  successCount?: number;
  /** The prose says "unprocessedCount"; the JSON field is `unprocessCount`. */
  unprocessCount?: number;
}

/** An item of `GET /v2/batch/{id}/errors` (gzip JSON array). @public */
export interface BatchError {
  errorReason: string;
  errorSource?: string;
}

/** An item of `GET /v2/batch/{id}/results` (bare JSON array). @public */
export interface BatchResult {
  code: BatchErrorCode | (string & {});
  /** e.g. `"Error"`. */
  severity: string;
  errorReason: string;
  errorMessage: string;
}

/** The non-envelope upload/poll shapes the docs print (`{status: "Invalid", description}`). @public */
export interface BatchBareStatus {
  status: "Queued" | "Running" | "Invalid" | (string & {});
  description?: string;
}

/** A security label in batch input; `color` and `description` create a new label. @public */
export interface BatchSecurityLabel {
  name: string;
  color?: string;
  description?: string;
}

/** An attribute in batch input. @public */
export interface BatchAttribute {
  type: string;
  value: string;
  displayed?: boolean;
  pinned?: boolean;
  source?: string;
  securityLabel?: BatchSecurityLabel[];
}

/** Fields shared by batch indicators and groups. @public */
export interface BatchCommon {
  attribute?: BatchAttribute[];
  tag?: { name: string }[];
  securityLabel?: BatchSecurityLabel[];
  firstSeen?: DateTimeString;
  lastSeen?: DateTimeString;
  externalDateAdded?: DateTimeString;
  externalDateExpires?: DateTimeString;
  externalLastModified?: DateTimeString;
}

/** An indicator reference inside a group or indicator. @public */
export interface BatchIndicatorRef {
  indicatorType: string;
  summary: string;
}

/**
 * A V2 batch indicator: `type` plus `summary`, or the type's value fields instead of `summary`
 * (for files, any hash field makes `summary` ignored). Values of other custom types go under
 * their label keys; intersect with `Record<string, string>` for those.
 * @public
 */
export interface BatchIndicator extends BatchCommon {
  type: string;
  summary?: string;
  ip?: string;
  hostName?: string;
  address?: string;
  text?: string;
  md5?: string;
  sha1?: string;
  sha256?: string;
  "AS Number"?: string;
  Block?: string;
  Mutex?: string;
  "Key Name"?: string;
  "Value Name"?: string;
  "Value Type"?: RegistryValueType;
  "User Agent String"?: string;
  Hashtag?: string;
  Subject?: string;
  /** 0–5. */
  rating?: number;
  /** 0–100. */
  confidence?: number;
  description?: string;
  source?: string;
  active?: boolean;
  activeLocked?: boolean;
  privateFlag?: boolean;
  size?: number;
  fileOccurrence?: FileOccurrenceInput;
  associatedGroups?: { groupXid: string }[];
  associatedIndicators?: BatchIndicatorRef[];
}

/** A V2 batch group. @public */
export interface BatchGroup extends BatchCommon {
  name: string;
  type: GroupTypeName;
  xid: string;
  associatedGroupXid?: string[];
  associatedIndicators?: BatchIndicatorRef[];
  eventDate?: DateTimeString;
  eventType?: EventType;
  status?: EventStatus | IncidentStatus | null;
  body?: string;
  header?: string;
  subject?: string;
  from?: string;
  to?: string;
  fileName?: string;
  fileText?: string;
  fileType?: SignatureFileType;
  malware?: boolean;
  password?: string;
  insights?: string;
  aiProvider?: string;
  aiLastRetrievalDate?: DateTimeString;
  publishDate?: DateTimeString;
}

/** A V2 batch association (7.8.2+); `id_n` wins over `ref_n`. @public */
export interface BatchAssociation {
  ref_1?: string;
  ref_2?: string;
  id_1?: number;
  id_2?: number;
  /** Required for indicators. */
  type_1?: string;
  type_2?: string;
  /** Required for indicator-to-indicator links, e.g. `"URL Host"`. */
  associationType?: string;
}

/** A V2 batch input document; `association` must come after `indicator` and `group`. @public */
export interface BatchDocumentV2 {
  indicator?: BatchIndicator[];
  group?: BatchGroup[];
  association?: BatchAssociation[];
}

/** A V1 batch indicator. @public */
export interface BatchIndicatorV1 {
  summary: string;
  type: string;
  rating?: number;
  confidence?: number;
  description?: string;
  source?: string;
  attribute?: { type: string; value: string }[];
  tag?: { name: string }[];
}

/** A V1 batch input document: an array of indicators. @public */
export type BatchDocumentV1 = BatchIndicatorV1[];
