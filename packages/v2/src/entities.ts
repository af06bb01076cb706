/**
 * Entity types: those of `@tcapi/model`, re-exported so one import serves, plus the maps from
 * type names to entities that drive the typed namespaces. `entity-schemas.ts` describes the
 * same shapes at run time; a type test keeps the two in agreement.
 */
import type {
  AddressIndicator,
  AdversaryGroup,
  AsnIndicator,
  AttackPatternGroup,
  CampaignGroup,
  CidrIndicator,
  CourseOfActionGroup,
  DocumentGroup,
  EmailAddressIndicator,
  EmailGroup,
  EventGroup,
  FileIndicator,
  HostIndicator,
  IncidentGroup,
  IntrusionSetGroup,
  MalwareGroup,
  MutexIndicator,
  RegistryKeyIndicator,
  ReportGroup,
  SignatureGroup,
  TacticGroup,
  ThreatGroup,
  ToolGroup,
  UrlIndicator,
  UserAgentIndicator,
  VulnerabilityGroup,
} from "@tcapi/model";
import type * as schemas from "./entity-schemas.js";
import type { Infer } from "./schema.js";

export type {
  AddressIndicator,
  AdversaryAsset,
  AdversaryGroup,
  AnonymousMember,
  AsnIndicator,
  AssociationTypeDescriptor,
  AttackPatternGroup,
  Attribute,
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
  HostIndicator,
  IncidentGroup,
  Indicator,
  IndicatorSummaryItem,
  IndicatorTypeDescriptor,
  IndicatorTypeName,
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
  Tag,
  TacticGroup,
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
} from "@tcapi/model";

/** Built-in indicator type name → entity returned by typed endpoints. @public */
export interface IndicatorsByType {
  Address: AddressIndicator;
  EmailAddress: EmailAddressIndicator;
  File: FileIndicator;
  Host: HostIndicator;
  URL: UrlIndicator;
  ASN: AsnIndicator;
  CIDR: CidrIndicator;
  Mutex: MutexIndicator;
  "Registry Key": RegistryKeyIndicator;
  "User Agent": UserAgentIndicator;
}

/** Group type name → entity returned by typed endpoints. @public */
export interface GroupsByType {
  Adversary: AdversaryGroup;
  "Attack Pattern": AttackPatternGroup;
  Campaign: CampaignGroup;
  "Course of Action": CourseOfActionGroup;
  Document: DocumentGroup;
  Email: EmailGroup;
  Event: EventGroup;
  Incident: IncidentGroup;
  "Intrusion Set": IntrusionSetGroup;
  Malware: MalwareGroup;
  Report: ReportGroup;
  Signature: SignatureGroup;
  Tactic: TacticGroup;
  Threat: ThreatGroup;
  Tool: ToolGroup;
  Vulnerability: VulnerabilityGroup;
}

/** An attribute type descriptor; the docs show no example, so fields are those the filters name. @public */
export type AttributeType = Infer<typeof schemas.attributeTypeSchema>;

