import { EVENT_STATUSES, EVENT_TYPES, INCIDENT_STATUSES, SIGNATURE_FILE_TYPES } from "./enumerations.js";
import { lookupKey } from "./lookup-key.js";

/** Value kind of a group field. @public */
export type GroupFieldKind = "string" | "boolean" | "datetime" | "enum";

/** One type-specific writable field of a group (reference §11.7 and §12.3). @public */
export interface GroupFieldInfo {
  readonly name: string;
  readonly kind: GroupFieldKind;
  /** Required by `POST /v2/groups/{branch}`. */
  readonly requiredOnCreate: boolean;
  /** Required by `PUT /v2/groups/{branch}/{id}` (only signatures need any field). */
  readonly requiredOnUpdate: boolean;
  /** Required in a V2 batch group object (differs from REST for documents and reports). */
  readonly requiredInBatch: boolean;
  readonly values?: readonly string[];
  /** Only accepted by the Batch API. */
  readonly batchOnly?: boolean;
}

/** Everything the SDK and the sandbox need to know about one group type. @public */
export interface GroupTypeInfo {
  /** `type` value, e.g. `"Course of Action"`. */
  readonly name: string;
  /** URL segment under `/v2/groups/`, e.g. `"coursesOfAction"`. */
  readonly apiBranch: string;
  /** Key under `data`, e.g. `"courseOfAction"`. */
  readonly apiEntity: string;
  /** Type-specific fields besides `name` (and the common batch fields). */
  readonly fields: readonly GroupFieldInfo[];
  /** Whether `GET …/{id}/pdf` exists (all types except documents and emails). */
  readonly pdf: boolean;
  /** Whether content is uploaded/downloaded (`documents`, `reports` upload; `signatures` download). */
  readonly content: "upload" | "download" | "none";
}

interface FieldOptions {
  create?: boolean;
  update?: boolean;
  batch?: boolean;
  values?: readonly string[];
  batchOnly?: boolean;
}

function f(name: string, kind: GroupFieldKind, options: FieldOptions = {}): GroupFieldInfo {
  const create = options.create ?? false;
  const info: GroupFieldInfo = {
    name,
    kind,
    requiredOnCreate: create,
    requiredOnUpdate: options.update ?? false,
    requiredInBatch: options.batch ?? create,
  };
  const withValues = options.values === undefined ? info : { ...info, values: options.values };
  return options.batchOnly === true ? { ...withValues, batchOnly: true } : withValues;
}

const INSIGHTS: readonly GroupFieldInfo[] = [
  f("insights", "string", { batchOnly: true }),
  f("aiProvider", "string", { batchOnly: true }),
  f("aiLastRetrievalDate", "datetime", { batchOnly: true }),
];

function group(
  name: string,
  apiBranch: string,
  apiEntity: string,
  fields: readonly GroupFieldInfo[] = [],
  extra: Partial<Pick<GroupTypeInfo, "pdf" | "content">> = {},
): GroupTypeInfo {
  return {
    name,
    apiBranch,
    apiEntity,
    fields,
    pdf: extra.pdf ?? true,
    content: extra.content ?? "none",
  };
}

/** The sixteen group types (reference §10.2), alphabetical by branch. @public */
export const GROUP_TYPES: readonly GroupTypeInfo[] = [
  group("Adversary", "adversaries", "adversary"),
  group("Attack Pattern", "attackPatterns", "attackPattern"),
  group("Campaign", "campaigns", "campaign", [f("firstSeen", "datetime")]),
  group("Course of Action", "coursesOfAction", "courseOfAction"),
  group(
    "Document",
    "documents",
    "document",
    [
      f("fileName", "string", { create: true, batch: false }),
      f("malware", "boolean"),
      f("password", "string"),
      ...INSIGHTS,
    ],
    { pdf: false, content: "upload" },
  ),
  group(
    "Email",
    "emails",
    "email",
    [
      f("subject", "string", { create: true }),
      f("header", "string", { create: true }),
      f("body", "string", { create: true }),
      f("to", "string"),
      f("from", "string"),
    ],
    { pdf: false },
  ),
  group("Event", "events", "event", [
    f("eventDate", "datetime", { create: true, batch: false }),
    f("status", "enum", { values: EVENT_STATUSES }),
    f("eventType", "enum", { values: EVENT_TYPES, batchOnly: true }),
    ...INSIGHTS,
  ]),
  group("Incident", "incidents", "incident", [
    f("eventDate", "datetime", { create: true, batch: false }),
    f("status", "enum", { values: INCIDENT_STATUSES }),
  ]),
  group("Intrusion Set", "intrusionSets", "intrusionSet"),
  group("Malware", "malware", "malware"),
  group(
    "Report",
    "reports",
    "report",
    [
      f("fileName", "string", { create: true, batch: false }),
      f("publishDate", "datetime"),
      ...INSIGHTS,
    ],
    { content: "upload" },
  ),
  group(
    "Signature",
    "signatures",
    "signature",
    [
      f("fileName", "string", { create: true, update: true }),
      f("fileType", "enum", { create: true, update: true, values: SIGNATURE_FILE_TYPES }),
      f("fileText", "string", { create: true }),
    ],
    { content: "download" },
  ),
  group("Tactic", "tactics", "tactic"),
  group("Threat", "threats", "threat"),
  group("Tool", "tools", "tool"),
  group("Vulnerability", "vulnerabilities", "vulnerability"),
];

/** Names of the group types. @public */
export type GroupTypeName =
  | "Adversary"
  | "Attack Pattern"
  | "Campaign"
  | "Course of Action"
  | "Document"
  | "Email"
  | "Event"
  | "Incident"
  | "Intrusion Set"
  | "Malware"
  | "Report"
  | "Signature"
  | "Tactic"
  | "Threat"
  | "Tool"
  | "Vulnerability";

const INDEX = new Map<string, GroupTypeInfo>();
for (const type of GROUP_TYPES) {
  INDEX.set(lookupKey(type.name), type);
  INDEX.set(lookupKey(type.apiBranch), type);
  INDEX.set(lookupKey(type.apiEntity), type);
}

/**
 * Finds a group type by name (`"Course of Action"`), URL branch (`"coursesOfAction"`) or JSON entity
 * key (`"courseOfAction"`), ignoring case, spaces, `_` and `-`.
 * @public
 */
export function findGroupType(nameOrBranchOrEntity: string): GroupTypeInfo | undefined {
  return INDEX.get(lookupKey(nameOrBranchOrEntity));
}
