// Registry
export type {
  CasePreference,
  IndicatorTypeInfo,
  IndicatorTypeName,
  IndicatorValueField,
  RegistryValueType,
} from "./indicator-types.js";
export {
  ADDRESS_TYPE,
  ASN_TYPE,
  CIDR_TYPE,
  EMAIL_ADDRESS_TYPE,
  FILE_TYPE,
  HOST_TYPE,
  INDICATOR_TYPES,
  MUTEX_TYPE,
  REGISTRY_KEY_TYPE,
  REGISTRY_VALUE_TYPES,
  URL_TYPE,
  USER_AGENT_TYPE,
  findIndicatorType,
} from "./indicator-types.js";
export type { IndicatorTypeDescriptor } from "./indicator-type-descriptor.js";
export {
  INDICATOR_TYPE_DESCRIPTORS,
  indicatorTypeDescriptor,
  indicatorTypeFromDescriptor,
} from "./indicator-type-descriptor.js";
export type { GroupFieldInfo, GroupFieldKind, GroupTypeInfo, GroupTypeName } from "./group-types.js";
export { GROUP_TYPES, findGroupType } from "./group-types.js";
export type { AdversaryAssetTypeInfo, AssetFieldInfo, VictimAssetTypeInfo } from "./asset-types.js";
export {
  ADVERSARY_ASSET_TYPES,
  VICTIM_ASSET_TYPES,
  findAdversaryAssetType,
  findVictimAssetType,
} from "./asset-types.js";
export type {
  AssociationTypeDescriptor,
  FileActionInfo,
  IndicatorAssociationTypeInfo,
} from "./association-types.js";
export {
  ASSOCIATION_TYPE_DESCRIPTORS,
  FILE_ACTIONS,
  INDICATOR_ASSOCIATION_TYPES,
  associationLinks,
  findFileAction,
  findIndicatorAssociationType,
} from "./association-types.js";
export type {
  BatchErrorCode,
  BatchStatusValue,
  CustomMetricDataType,
  CustomMetricInterval,
  DocumentStatus,
  EventStatus,
  EventType,
  IncidentStatus,
  NotificationPriority,
  OwnerType,
  PlaybookStatus,
  SignatureFileType,
  TaskStatus,
} from "./enumerations.js";
export {
  BATCH_ACTIONS,
  BATCH_ATTRIBUTE_WRITE_TYPES,
  BATCH_ERROR_CODES,
  BATCH_ERROR_SEVERITIES,
  BATCH_FILE_MERGE_MODES,
  BATCH_HASH_COLLISION_MODES,
  BATCH_LIST_WRITE_TYPES,
  BATCH_MAX_INDICATORS,
  BATCH_MAX_UPLOAD_BYTES,
  BATCH_STATUSES,
  BATCH_VERSIONS,
  CUSTOM_METRIC_DATA_TYPES,
  CUSTOM_METRIC_INTERVALS,
  DEFAULT_SECURITY_LABELS,
  DOCUMENT_STATUSES,
  EVENT_STATUSES,
  EVENT_TYPES,
  INCIDENT_STATUSES,
  LIMITS,
  NOTIFICATION_PRIORITIES,
  OWNER_TYPES,
  PLAYBOOK_STATUSES,
  SIGNATURE_FILE_TYPES,
  TASK_STATUSES,
} from "./enumerations.js";

// Validation and normalisation
export type { ValidationProblem, Validated } from "./validation-problem.js";
export {
  isValidIndicatorSummary,
  validateIndicatorSummary,
  validateIndicatorValues,
} from "./validate-indicator.js";
export {
  indicatorLookupKey,
  normalizeIndicatorSummary,
  normalizeIndicatorValues,
} from "./normalize-indicator.js";
export { SUMMARY_SEPARATOR, indicatorSummary, summaryToFields } from "./indicator-summary.js";
export type { CustomMetricConfigInput, NotificationInput } from "./validate-fields.js";
export {
  validateConfidence,
  validateCustomMetricConfig,
  validateCustomMetricDescription,
  validateCustomMetricName,
  validateEnum,
  validateGroupName,
  validateNotification,
  validateRating,
  validateTagName,
} from "./validate-fields.js";
export type { GroupValidationMode } from "./validate-group.js";
export { validateGroupFields } from "./validate-group.js";
export { withArticle } from "./with-article.js";
export type { BatchValidationOptions } from "./validate-batch.js";
export { validateBatchGroup, validateBatchIndicator } from "./validate-batch.js";
export { isCidrIPv6, isIPAddress, isIPv4, isIPv6 } from "./ip-address.js";
export { isValidHostName } from "./host-name.js";
export { isValidEmailAddress } from "./email-address.js";
export type { FileHashField } from "./file-hashes.js";
export { FILE_HASH_LENGTHS, classifyFileHash } from "./file-hashes.js";
export {
  REGISTRY_KEY_ROOTS,
  REGISTRY_ROOT_ABBREVIATIONS,
  isRegistryValueType,
  isValidRegistryKeyName,
} from "./registry-key.js";

// Entity types
export type {
  AnonymousMember,
  AnonymousMembersResponse,
  ApiEnvelope,
  ApiFailure,
  ApiSuccess,
  Attribute,
  AttributeInput,
  DateTimeString,
  Embedded,
  Id,
  Owner,
  OwnerMetric,
  PublishInput,
  SecurityLabel,
  StringFlag,
  Tag,
  User,
} from "./entities/common.js";
export type {
  AddressIndicator,
  AsnIndicator,
  BulkJsonReport,
  BulkStatus,
  BulkStatusResponse,
  CidrIndicator,
  CustomIndicator,
  DeletedIndicator,
  DnsResolution,
  DnsResolutionAddress,
  EmailAddressIndicator,
  FalsePositive,
  FileIndicator,
  FileOccurrence,
  FileOccurrenceInput,
  HostIndicator,
  Indicator,
  IndicatorBase,
  IndicatorCreateInput,
  IndicatorSummaryItem,
  IndicatorTypeExtras,
  IndicatorUpdateInput,
  IndicatorValues,
  IndicatorWritableFields,
  MutexIndicator,
  Observation,
  ObservationCount,
  ObservationInput,
  ObservedIndicator,
  RegistryKeyIndicator,
  TypedIndicator,
  UrlIndicator,
  UserAgentIndicator,
  UserObservation,
} from "./entities/indicator.js";
export type {
  AdversaryAsset,
  AdversaryGroup,
  AdversaryHandle,
  AdversaryPhoneNumber,
  AdversaryUrl,
  AttackPatternGroup,
  BucketAsset,
  CampaignGroup,
  CourseOfActionGroup,
  DocumentGroup,
  EmailGroup,
  EventGroup,
  Group,
  GroupBase,
  GroupCreateInput,
  GroupCreateRequired,
  GroupFields,
  GroupSummaryItem,
  GroupUpdateInput,
  IncidentGroup,
  IntrusionSetGroup,
  MalwareGroup,
  ReportGroup,
  SignatureGroup,
  TacticGroup,
  ThreatGroup,
  ToolGroup,
  TypedGroup,
  VulnerabilityGroup,
} from "./entities/group.js";
export type {
  Victim,
  VictimAsset,
  VictimAssetInputs,
  VictimAssetKind,
  VictimAssetSummary,
  VictimEmailAddress,
  VictimInput,
  VictimNetworkAccount,
  VictimPhone,
  VictimSocialNetwork,
  VictimWebSite,
} from "./entities/victim.js";
export type { Task, TaskInput, UserRef } from "./entities/task.js";
export type {
  CustomMetricConfig,
  CustomMetricDataInput,
  CustomMetricValue,
} from "./entities/custom-metric.js";
export type {
  BatchAssociation,
  BatchAttribute,
  BatchBareStatus,
  BatchCommon,
  BatchDocumentV1,
  BatchDocumentV2,
  BatchError,
  BatchGroup,
  BatchIndicator,
  BatchIndicatorRef,
  BatchIndicatorV1,
  BatchJobSettings,
  BatchResult,
  BatchSecurityLabel,
  BatchStatus,
} from "./entities/batch.js";
