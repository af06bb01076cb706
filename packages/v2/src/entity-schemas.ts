import {
  BATCH_STATUSES,
  CUSTOM_METRIC_DATA_TYPES,
  CUSTOM_METRIC_INTERVALS,
  DOCUMENT_STATUSES,
  EVENT_STATUSES,
  EVENT_TYPES,
  INCIDENT_STATUSES,
  OWNER_TYPES,
  REGISTRY_VALUE_TYPES,
  SIGNATURE_FILE_TYPES,
  TASK_STATUSES,
} from "@tcapi/model";
import { s } from "./schema.js";

/**
 * Runtime descriptions of every v2 entity, mirroring the types of `@tcapi/model` (API
 * reference §4, §11, §12). The fixture tests check decoded responses against these, and a
 * type test checks that `Infer<schema>` and the model's type agree both ways.
 */

const date = s.string;
const stringFlag = () => s.literal("true", "false");

export const ownerSchema = s.object({ id: s.id(), name: s.string(), type: s.literal(...OWNER_TYPES) }, { itemId: s.string() });

export const userSchema = s.object(
  { userName: s.string() },
  { firstName: s.string(), lastName: s.string(), pseudonym: s.string(), role: s.string() },
);

export const anonymousMemberSchema = s.object({ pseudonym: s.string() }, {});

const n = s.number;
export const ownerMetricSchema = s.object(
  {
    metricDate: s.string(), totalIndicator: n(), totalHost: n(), totalAddress: n(), totalEmailAddress: n(),
    totalFile: n(), totalUrl: n(), totalGroup: n(), totalThreat: n(), totalIncident: n(), totalEmail: n(),
    totalCampaign: n(), totalAdversary: n(), totalSignature: n(), totalTask: n(), totalDocument: n(),
    totalTag: n(), totalTrack: n(), totalResult: n(), totalIndicatorAttribute: n(), totalGroupAttribute: n(),
    averageIndicatorRating: n(), averageIndicatorConfidence: n(), totalEnrichedIndicator: n(),
    totalGroupIndicator: n(), totalObservationDaily: n(), totalObservationIndicator: n(),
    totalObservationAddress: n(), totalObservationEmailAddress: n(), totalObservationFile: n(),
    totalObservationHost: n(), totalObservationUrl: n(), totalFalsePositiveDaily: n(), totalFalsePositive: n(),
  },
  {},
);

export const tagSchema = s.object({ name: s.string() }, { webLink: s.string(), description: s.string() });

export const securityLabelSchema = s.object(
  { name: s.string() },
  { description: s.string(), dateAdded: date(), color: s.string() },
);

export const attributeSchema = s.object(
  { id: s.id(), type: s.string(), value: s.string() },
  { dateAdded: date(), lastModified: date(), displayed: s.boolean(), source: s.string(), xid: s.string() },
);

const embedded = {
  attribute: s.array(attributeSchema),
  tag: s.array(tagSchema),
  securityLabel: s.array(securityLabelSchema),
} as const;

/** Fields every indicator may carry (model `IndicatorBase`). */
const indicatorBase = {
  ...embedded,
  owner: ownerSchema, ownerName: s.string(), dateAdded: date(), lastModified: date(), rating: n(),
  confidence: n(), threatAssessRating: n(), threatAssessConfidence: n(), threatAssessScore: n(),
  calScore: n(), calIndicatorStatus: n(), webLink: s.string(), description: s.string(), source: s.string(),
  observationCount: n(), lastObserved: date(), falsePositiveCount: n(), falsePositiveLastReported: date(),
  privateFlag: s.boolean(), active: s.boolean(), activeLocked: s.boolean(), communityOrSource: s.boolean(),
  additionalOwners: s.array(ownerSchema),
} as const;

export const indicatorSummarySchema = s.object({ id: s.id(), type: s.string(), summary: s.string() }, indicatorBase);

const typedIndicator = <T extends string, R extends Record<string, ReturnType<typeof s.string>>>(type: T, values: R) =>
  s.object({ id: s.id(), type: s.literal(type), ...values }, indicatorBase);

export const addressSchema = typedIndicator("Address", { ip: s.string() });
export const emailAddressSchema = typedIndicator("EmailAddress", { address: s.string() });
export const fileSchema = s.object(
  { id: s.id(), type: s.literal("File") },
  { ...indicatorBase, md5: s.string(), sha1: s.string(), sha256: s.string(), size: n() },
);
export const hostSchema = s.object(
  { id: s.id(), type: s.literal("Host"), hostName: s.string() },
  { ...indicatorBase, dnsActive: stringFlag(), whoisActive: stringFlag() },
);
export const urlSchema = typedIndicator("URL", { text: s.string() });
export const asnSchema = typedIndicator("ASN", { "AS Number": s.string() });
export const cidrSchema = typedIndicator("CIDR", { Block: s.string() });
export const mutexSchema = typedIndicator("Mutex", { Mutex: s.string() });
export const registryKeySchema = s.object(
  {
    id: s.id(), type: s.literal("Registry Key"), "Key Name": s.string(), "Value Name": s.string(),
    "Value Type": s.literal(...REGISTRY_VALUE_TYPES),
  },
  indicatorBase,
);
export const userAgentSchema = typedIndicator("User Agent", { "User Agent String": s.string() });

export const indicatorSchema = s.union(
  addressSchema, emailAddressSchema, fileSchema, hostSchema, urlSchema, asnSchema, cidrSchema, mutexSchema,
  registryKeySchema, userAgentSchema,
);

export const deletedIndicatorSchema = s.object(
  { ownerName: s.string(), type: s.string(), dateAdded: date(), summary: s.string() },
  {},
);
export const observedIndicatorSchema = s.object(
  {
    summary: s.string(), observationCount: n(), lastObserved: date(),
    userObservedList: s.array(s.object({ userName: s.string(), userLastObservedDate: date(), count: n() }, {})),
  },
  {},
);

export const observationSchema = s.object({ count: n(), dateObserved: date() }, {});
export const observationCountSchema = s.object(
  { count: n() },
  { lastObserved: date(), yourCount: n(), yourLastObserved: date() },
);
export const falsePositiveSchema = s.object({ count: n(), lastReported: date() }, {});
export const fileOccurrenceSchema = s.object({ id: s.id() }, { fileName: s.string(), path: s.string(), date: date() });
export const dnsResolutionSchema = s.object(
  { resolutionDate: date() },
  { addresses: s.array(s.object({ id: s.id(), ip: s.string() }, indicatorBase)) },
);

/** Fields every group may carry (model `GroupBase`). */
const groupBase = {
  ...embedded,
  owner: ownerSchema, ownerName: s.string(), dateAdded: date(), lastModified: date(), webLink: s.string(),
  createdBy: s.string(), xid: s.string(), communityOrSource: s.boolean(), additionalOwners: s.array(ownerSchema),
} as const;

const GROUP_NAMES = [
  "Adversary", "Attack Pattern", "Campaign", "Course of Action", "Document", "Email", "Event", "Incident",
  "Intrusion Set", "Malware", "Report", "Signature", "Tactic", "Threat", "Tool", "Vulnerability",
] as const;

export const groupSummarySchema = s.object({ id: s.id(), name: s.string(), type: s.literal(...GROUP_NAMES) }, groupBase);

const typedGroup = <T extends string, O extends object>(type: T, extra: O) =>
  s.object({ id: s.id(), name: s.string(), type: s.literal(type) }, { ...groupBase, ...extra });

export const adversarySchema = typedGroup("Adversary", {});
export const attackPatternSchema = typedGroup("Attack Pattern", {});
export const campaignSchema = typedGroup("Campaign", { firstSeen: date() });
export const courseOfActionSchema = typedGroup("Course of Action", {});
export const documentSchema = typedGroup("Document", {
  fileName: s.string(), fileSize: n(), status: s.literal(...DOCUMENT_STATUSES), malware: s.boolean(), password: s.string(),
});
export const emailSchema = typedGroup("Email", {
  subject: s.string(), header: s.string(), body: s.string(), to: s.string(), from: s.string(), score: n(),
});
export const eventSchema = typedGroup("Event", {
  eventDate: date(), status: s.nullable(s.literal(...EVENT_STATUSES)), eventType: s.literal(...EVENT_TYPES),
});
export const incidentSchema = typedGroup("Incident", { eventDate: date(), status: s.literal(...INCIDENT_STATUSES) });
export const intrusionSetSchema = typedGroup("Intrusion Set", {});
export const malwareSchema = typedGroup("Malware", {});
export const reportSchema = typedGroup("Report", {
  fileName: s.string(), fileSize: n(), status: s.literal(...DOCUMENT_STATUSES), publishDate: date(),
});
export const signatureSchema = typedGroup("Signature", {
  fileName: s.string(), fileType: s.literal(...SIGNATURE_FILE_TYPES), fileText: s.string(),
});
export const tacticSchema = typedGroup("Tactic", {});
export const threatSchema = typedGroup("Threat", {});
export const toolSchema = typedGroup("Tool", {});
export const vulnerabilitySchema = typedGroup("Vulnerability", {});

export const groupSchema = s.union(
  adversarySchema, attackPatternSchema, campaignSchema, courseOfActionSchema, documentSchema, emailSchema,
  eventSchema, incidentSchema, intrusionSetSchema, malwareSchema, reportSchema, signatureSchema, tacticSchema,
  threatSchema, toolSchema, vulnerabilitySchema,
);

export const bucketAssetSchema = s.object(
  { id: s.id(), name: s.string(), type: s.literal("Handle", "Phone", "URL") },
  { webLink: s.string() },
);
export const adversaryAssetSchema = s.union(
  s.object({ id: s.id(), type: s.literal("Handle"), handle: s.string() }, { webLink: s.string() }),
  s.object({ id: s.id(), type: s.literal("Phone"), phoneNumber: s.string() }, { webLink: s.string() }),
  s.object({ id: s.id(), type: s.literal("URL"), url: s.string() }, { webLink: s.string() }),
);

export const taskSchema = s.object(
  { id: s.id(), name: s.string() },
  {
    ...embedded,
    owner: ownerSchema, ownerName: s.string(), dateAdded: date(), lastModified: date(), webLink: s.string(),
    status: s.literal(...TASK_STATUSES), escalated: s.boolean(), reminded: s.boolean(), overdue: s.boolean(),
    dueDate: date(), reminderDate: date(), escalationDate: date(), description: s.string(),
    assignee: s.array(userSchema), escalatee: s.array(userSchema),
  },
);

export const victimSchema = s.object(
  { id: s.id(), name: s.string() },
  {
    ...embedded,
    description: s.string(), org: s.string(), suborg: s.string(), workLocation: s.string(),
    nationality: s.string(), webLink: s.string(),
  },
);

export const victimAssetSummarySchema = s.object(
  { id: s.id(), name: s.string(), type: s.literal("EmailAddress", "NetworkAccount", "Phone", "SocialNetwork", "WebSite") },
  { webLink: s.string() },
);
export const victimAssetSchema = s.union(
  s.object({ id: s.id(), type: s.literal("EmailAddress"), address: s.string() }, { webLink: s.string(), addressType: s.string() }),
  s.object({ id: s.id(), type: s.literal("NetworkAccount"), account: s.string() }, { webLink: s.string(), network: s.string() }),
  s.object({ id: s.id(), type: s.literal("Phone"), phoneType: s.string() }, { webLink: s.string() }),
  s.object({ id: s.id(), type: s.literal("SocialNetwork"), account: s.string() }, { webLink: s.string(), network: s.string() }),
  s.object({ id: s.id(), type: s.literal("WebSite"), webSite: s.string() }, { webLink: s.string() }),
);

export const indicatorTypeSchema = s.object(
  { name: s.string(), custom: stringFlag(), parsable: stringFlag(), apiBranch: s.string(), apiEntity: s.string() },
  {
    casePreference: s.literal("upper", "lower", "sensitive"), value1Label: s.string(), value1Type: s.string(),
    value2Label: s.string(), value2Type: s.string(), value3Label: s.string(), value3Type: s.string(),
    value3Option: s.string(), keys: s.record(s.string()), regexes: s.array(s.string()),
  },
);
export const associationTypeSchema = s.object(
  { name: s.string(), custom: stringFlag(), fileAction: stringFlag(), apiBranch: s.string() },
  {},
);
export const attributeTypeSchema = s.object(
  { name: s.string() },
  {
    id: s.id(), description: s.string(), maxSize: n(), maxLength: n(), allowMarkdown: s.boolean(), system: s.boolean(),
    errorMessage: s.string(), validationRule: s.unknown(),
  },
);

export const batchStatusSchema = s.object(
  { id: s.id(), status: s.literal(...BATCH_STATUSES) },
  { errorCount: n(), successCount: n(), unprocessCount: n() },
);
export const batchResultSchema = s.object(
  { code: s.string(), severity: s.string(), errorReason: s.string(), errorMessage: s.string() },
  {},
);
export const batchErrorSchema = s.object({ errorReason: s.string() }, { errorSource: s.string() });

export const bulkStatusSchema = s.object(
  { name: s.string(), csvEnabled: s.boolean(), jsonEnabled: s.boolean(), status: s.string() },
  { nextRun: date(), lastRun: date() },
);

export const customMetricConfigSchema = s.object(
  {
    id: s.id(), name: s.string(), dataType: s.literal(...CUSTOM_METRIC_DATA_TYPES),
    interval: s.literal(...CUSTOM_METRIC_INTERVALS), keyedValues: s.boolean(),
  },
  { description: s.string() },
);
export const customMetricValueSchema = s.object({ value: n(), date: date() }, {});
