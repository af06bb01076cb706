/** Enumerations of reference §10.5, §11.15, §12.1 and §12.2. */

/** Task `status`. @public */
export const TASK_STATUSES = [
  "Not Started",
  "In Progress",
  "Completed",
  "Waiting on Someone",
  "Deferred",
] as const;
/** @public */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Incident `status`. @public */
export const INCIDENT_STATUSES = [
  "New",
  "Open",
  "Stalled",
  "Containment Achieved",
  "Restoration Achieved",
  "Incident Reported",
  "Closed",
  "Rejected",
  "Deleted",
] as const;
/** @public */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * Event `status`: the union of the REST group-fields list and the batch list (the REST page lists
 * only four of them). Omit it or send `null` for "None".
 * @public
 */
export const EVENT_STATUSES = [
  "Completed",
  "Escalated",
  "False Positive",
  "In Progress",
  "Needs Review",
  "New",
  "No Further Action",
  "Reopened",
] as const;
/** @public */
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Document `status` (read-only). @public */
export const DOCUMENT_STATUSES = [
  "Success",
  "Awaiting Upload",
  "In Progress",
  "Failed",
  "None",
] as const;
/** @public */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Signature `fileType`, batch spelling (the REST page prints decorated display names). @public */
export const SIGNATURE_FILE_TYPES = [
  "Bro",
  "ClamAV",
  "CybOX",
  "Iris Search Hash",
  "KQL",
  "OpenIOC",
  "Regex",
  "SPL",
  "Sigma",
  "Snort",
  "Suricata",
  "TQL Query",
  "YARA",
] as const;
/** @public */
export type SignatureFileType = (typeof SIGNATURE_FILE_TYPES)[number];

/** Event `eventType` (batch list). @public */
export const EVENT_TYPES = [
  "Alert",
  "Alert [flash]",
  "Alert [hyper-local]",
  "Alert [local]",
  "Alert [urgent]",
  "Breach",
  "Campaign",
  "Compliance / Regulatory",
  "Disclosure",
  "Emerging Threat",
  "Exercise",
  "Exposure",
  "Finding [Compliance violations]",
  "Finding [Configuration weaknesses]",
  "Finding [Missing patches]",
  "Finding [Security posture gaps]",
  "Investigation",
  "None",
  "Operation",
  "Physical Security",
  "Response Action",
  "Social Engineering (non-phishing)",
  "Third Party Reported",
  "Trend",
] as const;
/** @public */
export type EventType = (typeof EVENT_TYPES)[number];

/** Custom metric `dataType`. @public */
export const CUSTOM_METRIC_DATA_TYPES = [
  "Average",
  "Count",
  "First",
  "Last",
  "Max",
  "Min",
  "Sum",
] as const;
/** @public */
export type CustomMetricDataType = (typeof CUSTOM_METRIC_DATA_TYPES)[number];

/** Custom metric `interval`. @public */
export const CUSTOM_METRIC_INTERVALS = ["Hourly", "Daily", "Weekly", "Monthly", "Yearly"] as const;
/** @public */
export type CustomMetricInterval = (typeof CUSTOM_METRIC_INTERVALS)[number];

/** Notification `priority` (matched case-insensitively by the server). @public */
export const NOTIFICATION_PRIORITIES = ["low", "medium", "high"] as const;
/** @public */
export type NotificationPriority = (typeof NOTIFICATION_PRIORITIES)[number];

/** Playbook `status` filter values. @public */
export const PLAYBOOK_STATUSES = ["Active", "Inactive", "Draft", "Archive"] as const;
/** @public */
export type PlaybookStatus = (typeof PLAYBOOK_STATUSES)[number];

/** Owner `type`. @public */
export const OWNER_TYPES = ["Organization", "Community", "Source"] as const;
/** @public */
export type OwnerType = (typeof OWNER_TYPES)[number];

/** Security labels of a Public Cloud instance out of the box. @public */
export const DEFAULT_SECURITY_LABELS = [
  "TLP:AMBER",
  "TLP:AMBER+STRICT",
  "TLP:CLEAR",
  "TLP:GREEN",
  "TLP:RED",
  "TLP:WHITE",
] as const;

/** Batch job `status`. @public */
export const BATCH_STATUSES = ["Created", "Queued", "Running", "Completed"] as const;
/** @public */
export type BatchStatusValue = (typeof BATCH_STATUSES)[number];

/** Batch job `version`. @public */
export const BATCH_VERSIONS = ["V1", "V2"] as const;
/** Batch job `action`. @public */
export const BATCH_ACTIONS = ["Create", "Delete"] as const;
/** Batch job `attributeWriteType` (V2; V1 documents only `Replace` and `Static`). @public */
export const BATCH_ATTRIBUTE_WRITE_TYPES = ["Append", "Replace", "Singleton", "Static"] as const;
/** Batch job `tagWriteType` and `securityLabelWriteType`. @public */
export const BATCH_LIST_WRITE_TYPES = ["Append", "Replace"] as const;
/** Batch job `fileMergeMode`. @public */
export const BATCH_FILE_MERGE_MODES = ["Distribute", "Merge"] as const;
/** Batch job `hashCollisionMode`. @public */
export const BATCH_HASH_COLLISION_MODES = [
  "FavorExisting",
  "FavorIncoming",
  "IgnoreExisting",
  "IgnoreIncoming",
  "Split",
] as const;

/** Batch result `severity` filter values. @public */
export const BATCH_ERROR_SEVERITIES = ["err", "error", "info", "warn", "warning"] as const;

/** Batch error codes and their meaning (reference §12.1). @public */
export const BATCH_ERROR_CODES = {
  "0x1001": "General",
  "0x1002": "Permission",
  "0x1003": "JsonSyntax",
  "0x1004": "Internal",
  "0x1005": "Invalid Indicator",
  "0x1006": "Invalid Group",
  "0x1007": "Item Not Found",
  "0x1008": "Indicator Limit",
  "0x1009": "Association",
  "0x100A": "Duplicate Item",
  "0x100B": "File IO",
  "0x2001": "Indicator Partial Loss",
  "0x2002": "Group Partial Loss",
  "0x2003": "File Hash Merge",
  "0x3001": "File Hash Merge",
} as const;
/** @public */
export type BatchErrorCode = keyof typeof BATCH_ERROR_CODES;

/** Indicators one batch job accepts (reference §12.3). @public */
export const BATCH_MAX_INDICATORS = 25_000;
/** Largest batch upload in bytes (server message `File size greater than allowable limit of 2000000`). @public */
export const BATCH_MAX_UPLOAD_BYTES = 2_000_000;

/** Hard limits of reference §13 and §11. @public */
export const LIMITS = {
  tagName: 128,
  groupName: 100,
  customMetricName: 45,
  customMetricDescription: 500,
  notificationMessageBytes: 65_536,
  notificationType: 50,
  ratingMax: 5,
  confidenceMax: 100,
  resultLimitMax: 10_000,
  resultLimitDefault: 100,
  hostName: 253,
  hostLabel: 63,
} as const;
