/** Group entities (reference §10.2, §11.7–§11.9). Types only. */

import type {
  DocumentStatus,
  EventStatus,
  EventType,
  IncidentStatus,
  SignatureFileType,
} from "../enumerations.js";
import type { GroupTypeName } from "../group-types.js";
import type { DateTimeString, Embedded, Id, Owner } from "./common.js";

/** Fields every group response may carry. @public */
export interface GroupBase extends Embedded {
  id: Id;
  name: string;
  owner?: Owner;
  ownerName?: string;
  dateAdded?: DateTimeString;
  lastModified?: DateTimeString;
  webLink?: string;
  // With includeAdditional=true:
  createdBy?: string;
  xid?: string;
  communityOrSource?: boolean;
  additionalOwners?: Owner[];
}

/** An item of `/v2/groups` and untyped group pivots. @public */
export interface GroupSummaryItem extends GroupBase {
  type: GroupTypeName;
}

/** Type-specific fields of each group type (responses and writable fields). @public */
export interface GroupFields {
  Adversary: object;
  "Attack Pattern": object;
  Campaign: { firstSeen?: DateTimeString };
  "Course of Action": object;
  Document: {
    fileName?: string;
    fileSize?: number;
    status?: DocumentStatus;
    malware?: boolean;
    password?: string;
  };
  Email: {
    subject?: string;
    header?: string;
    body?: string;
    to?: string;
    from?: string;
    /** Read-only. */
    score?: number;
  };
  Event: { eventDate?: DateTimeString; status?: EventStatus | null; eventType?: EventType };
  Incident: { eventDate?: DateTimeString; status?: IncidentStatus };
  "Intrusion Set": object;
  Malware: object;
  Report: {
    fileName?: string;
    fileSize?: number;
    status?: DocumentStatus;
    publishDate?: DateTimeString;
  };
  Signature: { fileName?: string; fileType?: SignatureFileType; fileText?: string };
  Tactic: object;
  Threat: object;
  Tool: object;
  Vulnerability: object;
}

/**
 * A typed group response. Typed endpoints do not send `type`; clients should set it from the
 * branch so the union discriminates.
 * @public
 */
export type TypedGroup<T extends GroupTypeName> = GroupBase & { type: T } & GroupFields[T];

/** @public */
export type AdversaryGroup = TypedGroup<"Adversary">;
/** @public */
export type AttackPatternGroup = TypedGroup<"Attack Pattern">;
/** @public */
export type CampaignGroup = TypedGroup<"Campaign">;
/** @public */
export type CourseOfActionGroup = TypedGroup<"Course of Action">;
/** @public */
export type DocumentGroup = TypedGroup<"Document">;
/** @public */
export type EmailGroup = TypedGroup<"Email">;
/** @public */
export type EventGroup = TypedGroup<"Event">;
/** @public */
export type IncidentGroup = TypedGroup<"Incident">;
/** @public */
export type IntrusionSetGroup = TypedGroup<"Intrusion Set">;
/** @public */
export type MalwareGroup = TypedGroup<"Malware">;
/** @public */
export type ReportGroup = TypedGroup<"Report">;
/** @public */
export type SignatureGroup = TypedGroup<"Signature">;
/** @public */
export type TacticGroup = TypedGroup<"Tactic">;
/** @public */
export type ThreatGroup = TypedGroup<"Threat">;
/** @public */
export type ToolGroup = TypedGroup<"Tool">;
/** @public */
export type VulnerabilityGroup = TypedGroup<"Vulnerability">;

/** Any group, discriminated on `type`. @public */
export type Group =
  | AdversaryGroup
  | AttackPatternGroup
  | CampaignGroup
  | CourseOfActionGroup
  | DocumentGroup
  | EmailGroup
  | EventGroup
  | IncidentGroup
  | IntrusionSetGroup
  | MalwareGroup
  | ReportGroup
  | SignatureGroup
  | TacticGroup
  | ThreatGroup
  | ToolGroup
  | VulnerabilityGroup;

/** Fields required to create each group type besides `name` (reference §11.7). @public */
export interface GroupCreateRequired {
  Adversary: object;
  "Attack Pattern": object;
  Campaign: object;
  "Course of Action": object;
  Document: { fileName: string };
  Email: { subject: string; header: string; body: string };
  Event: { eventDate: DateTimeString };
  Incident: { eventDate: DateTimeString };
  "Intrusion Set": object;
  Malware: object;
  Report: { fileName: string };
  Signature: { fileName: string; fileType: SignatureFileType; fileText: string };
  Tactic: object;
  Threat: object;
  Tool: object;
  Vulnerability: object;
}

/** Response fields a client never sends for type T. */
type ReadOnlyGroupKeys<T extends GroupTypeName> =
  | "fileSize"
  | "score"
  | (T extends "Document" | "Report" ? "status" : never);

/** Body of `POST /v2/groups/{branch}`. @public */
export type GroupCreateInput<T extends GroupTypeName> = { name: string } & GroupCreateRequired[T] &
  Omit<GroupFields[T], ReadOnlyGroupKeys<T>>;

/** Body of `PUT /v2/groups/{branch}/{id}` (signatures must resend name, fileName and fileType). @public */
export type GroupUpdateInput<T extends GroupTypeName> = T extends "Signature"
  ? { name: string; fileName: string; fileType: SignatureFileType; fileText?: string }
  : { name?: string } & Omit<GroupFields[T], ReadOnlyGroupKeys<T>>;

/** `…/adversaryAssets` item (key `bucketAsset`). @public */
export interface BucketAsset {
  id: Id;
  name: string;
  type: "Handle" | "Phone" | "URL";
  webLink?: string;
}

/** `adversaryHandle`. @public */
export interface AdversaryHandle {
  id: Id;
  type: "Handle";
  webLink?: string;
  handle: string;
}

/** `adversaryPhoneNumber` (type value not documented; `"Phone"` assumed). @public */
export interface AdversaryPhoneNumber {
  id: Id;
  type: "Phone";
  webLink?: string;
  phoneNumber: string;
}

/** `adversaryUrl`. @public */
export interface AdversaryUrl {
  id: Id;
  type: "URL";
  webLink?: string;
  url: string;
}

/** Any typed adversary asset, discriminated on `type`. @public */
export type AdversaryAsset = AdversaryHandle | AdversaryPhoneNumber | AdversaryUrl;
