// Entry point: named exports only, so every addition to the public API shows in review.
export { createClient, type BatchResource, type Client, type ClientOptions, type RawRequestOptions } from "./create-client.js";
export { ROUTES, type Route } from "./route-table.js";
export { endpoint, toRoute, type EndpointInput } from "./endpoint.js";
export { TcValidationError, type Problem } from "./validation-error.js";
export { TcUnexpectedResponseError } from "./context.js";
export { normalizeIndicator, validateIndicator } from "./validate.js";
export {
  resolveGroupType,
  resolveIndicatorType,
  type GroupTypeInput,
  type IndicatorTypeInput,
  type IndicatorTypeRef,
} from "./indicator-kind.js";
export {
  renderFilters,
  type Filter,
  type FilterOperator,
  type FilterValue,
  type GroupFilterField,
  type IndicatorFilterField,
  type NameFilterField,
  type TagFilterField,
  type TaskFilterField,
} from "./filters.js";
export type { ListOptions, ReadOptions } from "./list-options.js";
export type { WriteOptions } from "./write-options.js";
export {
  ADVERSARY_ASSET_BRANCHES,
  GROUP_BRANCHES,
  INDICATOR_BRANCHES,
  VICTIM_ASSET_BRANCHES,
  type AdversaryAssetType,
  type GroupKind,
  type IndicatorKind,
  type VictimAssetType,
} from "./type-catalog.js";
export type { GroupOf, IndicatorOf } from "./type-maps.js";
export type {
  AddressIndicator,
  AdversaryAsset,
  AdversaryGroup,
  AnonymousMember,
  AsnIndicator,
  AssociationTypeDescriptor,
  AttackPatternGroup,
  Attribute,
  AttributeType,
  BatchError,
  BatchResult,
  BatchStatus,
  BucketAsset,
  BulkStatus,
  CampaignGroup,
  CidrIndicator,
  CourseOfActionGroup,
  CustomIndicator,
  CustomMetricConfig,
  CustomMetricValue,
  DeletedIndicator,
  DnsResolution,
  DocumentGroup,
  EmailAddressIndicator,
  EmailGroup,
  EventGroup,
  FalsePositive,
  FileIndicator,
  FileOccurrence,
  Group,
  GroupSummaryItem,
  GroupTypeName,
  GroupsByType,
  HostIndicator,
  IncidentGroup,
  Indicator,
  IndicatorSummaryItem,
  IndicatorTypeDescriptor,
  IndicatorTypeName,
  IndicatorsByType,
  IntrusionSetGroup,
  MalwareGroup,
  MutexIndicator,
  Observation,
  ObservationCount,
  ObservedIndicator,
  Owner,
  OwnerMetric,
  RegistryKeyIndicator,
  ReportGroup,
  SecurityLabel,
  SignatureGroup,
  TacticGroup,
  Tag,
  Task,
  ThreatGroup,
  ToolGroup,
  UrlIndicator,
  User,
  UserAgentIndicator,
  Victim,
  VictimAsset,
  VictimAssetSummary,
  VulnerabilityGroup,
} from "./entities.js";
export { schemas } from "./schemas.js";
export { checkSchema, s, type Fields, type Infer, type Schema } from "./schema.js";
export type { AnyIndicatorCreate, IndicatorCreate, IndicatorUpdate, IndicatorValueFields, IndicatorWritable } from "./indicator-bodies.js";
export type { AnyGroupCreate, GroupCreate, GroupCreateFields, GroupUpdate } from "./group-bodies.js";
export type {
  DeletedListOptions,
  IndicatorListOptions,
  IndicatorsResource,
  ObservedListOptions,
  TypedIndicators,
  TypedIndicatorsWithHandle,
} from "./indicators.js";
export type { AddressHandle, FileHandle, FileOccurrenceInput, HandleOf, HostHandle, IndicatorHandle } from "./indicator-handle.js";
export type { GroupListOptions, GroupsResource, TypedGroups } from "./groups.js";
export type {
  AdversaryAssets,
  GroupHandle,
  GroupHandleOf,
  PdfCapable,
  SignatureContent,
  PublishOptions,
  UploadBody,
  UploadOptions,
  Uploadable,
} from "./group-handle.js";
export type { AttributeCreate, AttributeUpdate, AttributesResource } from "./attributes-of.js";
export type { TagsResource } from "./tags-of.js";
export type { SecurityLabelsResource } from "./security-labels-of.js";
export type { GroupLinks, LinkListOptions } from "./group-links.js";
export type { IndicatorLinks } from "./indicator-links.js";
export type { IdLinks, TaskLinks, VictimLinks } from "./victim-links.js";
export type { VictimAssetLinks } from "./victim-asset-links.js";
export type { TaskCreate, TaskHandle, TaskUpdate, TaskUsers, TasksResource } from "./tasks.js";
export type { VictimAssetFields, VictimAssets, VictimCreate, VictimHandle, VictimsResource } from "./victims.js";
export type { TagInput, TaggedItems, TagsCollection } from "./tags.js";
export type { LabelledItems, SecurityLabelsCollection } from "./security-labels.js";
export type { AnonymousMembers, OwnersResource } from "./owners.js";
export type { TypeCatalog } from "./type-descriptors.js";
export type { CustomMetricData, CustomMetricsResource } from "./custom-metrics.js";
export type { NotificationsResource } from "./notifications.js";
export type { PlaybookSearch, PlaybooksResource } from "./playbooks.js";
export type { BulkOptions, BulkResource } from "./bulk.js";
export type { BatchResultFilters, BatchSteps, PollOptions } from "./batch.js";
export type { BatchJobSettings } from "./batch-settings.js";
export type { BatchImportOptions, BatchImportResult, BatchJobReport, BatchProgress } from "./batch-import.js";
export type {
  BatchAssociation,
  BatchDocumentInput,
  BatchGroup,
  BatchIndicator,
  BatchInput,
  BatchItem,
  ItemSource,
} from "./batch-items.js";
