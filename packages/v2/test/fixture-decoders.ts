import type { Client, Schema } from "../src/index.js";
import { schemas } from "../src/index.js";
import type { Call } from "./coverage-calls.js";

/** How one documented endpoint's response is decoded by the client and what it must match. */
export interface Decoder {
  /** Client call; `p` holds the placeholder values taken from the fixture's path. */
  call?: (client: Client, p: string[]) => ReturnType<Call>;
  /** Schema of the entity, or of each item of a list; absent for acknowledgements. */
  schema?: Schema;
}

const SAMPLE_INDICATORS: Record<string, Record<string, unknown>> = {
  addresses: { type: "Address", ip: "192.168.0.1" },
  emailAddresses: { type: "EmailAddress", address: "bad@example.com" },
  files: { type: "File", md5: "d41d8cd98f00b204e9800998ecf8427e" },
  hosts: { type: "Host", hostName: "example.com" },
  urls: { type: "URL", text: "http://example.com/" },
  registryKeys: { type: "Registry Key", "Key Name": "HKEY_LOCAL_MACHINE\\Software", "Value Name": " ", "Value Type": "REG_SZ" },
};

const SAMPLE_GROUPS: Record<string, Record<string, unknown>> = {
  incidents: { type: "Incident", name: "i", eventDate: "2024-01-01T00:00:00Z" },
  documents: { type: "Document", name: "d", fileName: "d.txt" },
};

/** Decoders by documented endpoint (keys as in documented-endpoints.ts). */
export const DECODERS: Record<string, Decoder> = {
  "GET /v2/owners": { schema: schemas.ownerSchema },
  "GET /v2/owners/{ownerId}": { schema: schemas.ownerSchema },
  "GET /v2/owners/mine": { schema: schemas.ownerSchema },
  "GET /v2/owners/metrics": { schema: schemas.ownerMetricSchema },
  "GET /v2/owners/{ownerId}/metrics": { schema: schemas.ownerMetricSchema },
  "GET /v2/whoami": { schema: schemas.userSchema },
  "GET /v2/types/indicatorTypes": { schema: schemas.indicatorTypeSchema },
  "GET /v2/types/indicatorTypes/{indicatorType}": { call: (c, p) => c.indicatorTypes.get(p[0]!), schema: schemas.indicatorTypeSchema },
  "GET /v2/types/associationTypes/{associationTypeName}": { schema: schemas.associationTypeSchema },

  "GET /v2/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/indicators/{indicatorType}": { call: (c, p) => c.indicators.list({ type: p[0]! }), schema: schemas.indicatorSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}": { call: (c, p) => c.indicators.get(p[0]!, p[1]!), schema: schemas.indicatorSchema },
  "POST /v2/indicators/{indicatorType}": { call: (c, p) => c.indicators.create(SAMPLE_INDICATORS[p[0]!] as never), schema: schemas.indicatorSchema },
  "PUT /v2/indicators/{indicatorType}/{indicator}": { call: (c, p) => c.indicators.update(p[0]!, p[1]!, { rating: 1 }), schema: schemas.indicatorSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/attributes": { schema: schemas.attributeSchema },
  "POST /v2/indicators/{indicatorType}/{indicator}/attributes": { schema: schemas.attributeSchema },
  "PUT /v2/indicators/{indicatorType}/{indicator}/attributes/{attributeId}": { schema: schemas.attributeSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/attributes/{attributeId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/tags": { schema: schemas.tagSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/securityLabels": { schema: schemas.securityLabelSchema },
  "POST /v2/indicators/{indicatorType}/{indicator}/falsePositive": { schema: schemas.falsePositiveSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/observations": { schema: schemas.observationSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/observationCount": { schema: schemas.observationCountSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/owners": { schema: schemas.ownerSchema },
  "GET /v2/indicators/hosts/{host}/dnsResolutions": { schema: schemas.dnsResolutionSchema },
  "GET /v2/indicators/addresses/{ip}/dnsResolutions": { schema: schemas.indicatorSummarySchema },
  "GET /v2/indicators/files/{fileHash}/fileOccurrences": { schema: schemas.fileOccurrenceSchema },
  "POST /v2/indicators/files/{fileHash}/fileOccurrences": { schema: schemas.fileOccurrenceSchema },
  "PUT /v2/indicators/files/{fileHash}/fileOccurrences/{fileOccurrenceId}": { schema: schemas.fileOccurrenceSchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/associations/{associationType}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/victimAssets": { schema: schemas.victimAssetSummarySchema },
  "GET /v2/indicators/{indicatorType}/{indicator}/victims": { schema: schemas.victimSchema },
  "GET /v2/indicators/files/{fileHash}/actions/{action}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/indicators/observed": { schema: schemas.observedIndicatorSchema },
  "GET /v2/indicators/deleted": { schema: schemas.deletedIndicatorSchema },
  "GET /v2/indicators/bulk": { schema: schemas.bulkStatusSchema },
  "GET /v2/indicators/bulk/json": { call: (c) => c.bulk.indicators(), schema: schemas.indicatorSummarySchema },

  "GET /v2/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/groups/{groupType}": { call: (c, p) => c.groups.list({ type: p[0]! }), schema: schemas.groupSchema },
  "GET /v2/groups/{groupType}/{groupId}": { call: (c, p) => c.groups.get(p[0]!, p[1]!), schema: schemas.groupSchema },
  "POST /v2/groups/{groupType}": { call: (c, p) => c.groups.create(SAMPLE_GROUPS[p[0]!] as never), schema: schemas.groupSchema },
  "PUT /v2/groups/{groupType}/{groupId}": { call: (c, p) => c.groups.update("Incident", p[1]!, { name: "n" }), schema: schemas.groupSchema },
  "GET /v2/groups/{groupType}/{groupId}/attributes": { schema: schemas.attributeSchema },
  "POST /v2/groups/{groupType}/{groupId}/attributes": { schema: schemas.attributeSchema },
  "PUT /v2/groups/{groupType}/{groupId}/attributes/{attributeId}": { schema: schemas.attributeSchema },
  "GET /v2/groups/{groupType}/{groupId}/attributes/{attributeId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/groups/{groupType}/{groupId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/groups/{groupType}/{groupId}/tags": { schema: schemas.tagSchema },
  "GET /v2/groups/adversaries/{adversaryId}/adversaryAssets": { schema: schemas.bucketAssetSchema },
  "POST /v2/groups/adversaries/{adversaryId}/adversaryAssets/{assetType}": {
    call: (c, p) => c.groups.adversaries.at(p[0]!).assets.create(p[1] as "handles", "bad guy"),
    schema: schemas.adversaryAssetSchema,
  },
  "PUT /v2/groups/adversaries/{adversaryId}/adversaryAssets/{assetType}/{assetId}": {
    call: (c, p) => c.groups.adversaries.at(p[0]!).assets.update(p[1] as "urls", p[2]!, "http://example.com/"),
    schema: schemas.adversaryAssetSchema,
  },
  "GET /v2/groups/{groupType}/{groupId}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/groups/{groupType}/{groupId}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/groups/{groupType}/{groupId}/victimAssets": { schema: schemas.victimAssetSummarySchema },
  "GET /v2/groups/{groupType}/{groupId}/victims": { schema: schemas.victimSchema },

  "GET /v2/tags": { schema: schemas.tagSchema },
  "GET /v2/tags/{tagName}": { schema: schemas.tagSchema },
  "POST /v2/tags": { schema: schemas.tagSchema },
  "GET /v2/tags/{tagName}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/tags/{tagName}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/tags/{tagName}/victims": { schema: schemas.victimSchema },
  "GET /v2/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/securityLabels/{securityLabel}": { schema: schemas.securityLabelSchema },
  "GET /v2/securityLabels/{securityLabel}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/securityLabels/{securityLabel}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/securityLabels/{securityLabel}/tasks": { schema: schemas.taskSchema },
  "GET /v2/securityLabels/{securityLabel}/victims": { schema: schemas.victimSchema },

  "GET /v2/tasks": { schema: schemas.taskSchema },
  "GET /v2/tasks/{taskId}": { schema: schemas.taskSchema },
  "POST /v2/tasks": { schema: schemas.taskSchema },
  "PUT /v2/tasks/{taskId}": { schema: schemas.taskSchema },
  "GET /v2/tasks/{taskId}/attributes": { schema: schemas.attributeSchema },
  "POST /v2/tasks/{taskId}/attributes": { schema: schemas.attributeSchema },
  "PUT /v2/tasks/{taskId}/attributes/{attributeId}": { schema: schemas.attributeSchema },
  "GET /v2/tasks/{taskId}/attributes/{attributeId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/tasks/{taskId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/tasks/{taskId}/tags": { schema: schemas.tagSchema },
  "GET /v2/tasks/{taskId}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/tasks/{taskId}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/tasks/{taskId}/victimAssets": { schema: schemas.victimAssetSummarySchema },
  "GET /v2/tasks/{taskId}/victims": { schema: schemas.victimSchema },

  "GET /v2/victims": { schema: schemas.victimSchema },
  "GET /v2/victims/{victimId}": { schema: schemas.victimSchema },
  "POST /v2/victims": { schema: schemas.victimSchema },
  "PUT /v2/victims/{victimId}": { schema: schemas.victimSchema },
  "POST /v2/victims/{victimId}/victimAssets/{victimAssetType}": {
    call: (c, p) => c.victims.at(p[0]!).assets.create(p[1] as "networkAccounts", { account: "a" }),
    schema: schemas.victimAssetSchema,
  },
  "GET /v2/victims/{victimId}/attributes": { schema: schemas.attributeSchema },
  "POST /v2/victims/{victimId}/attributes": { schema: schemas.attributeSchema },
  "PUT /v2/victims/{victimId}/attributes/{attributeId}": { schema: schemas.attributeSchema },
  "GET /v2/victims/{victimId}/attributes/{attributeId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/victims/{victimId}/securityLabels": { schema: schemas.securityLabelSchema },
  "GET /v2/victims/{victimId}/tags": { schema: schemas.tagSchema },
  "GET /v2/victims/{victimId}/groups": { schema: schemas.groupSummarySchema },
  "GET /v2/victims/{victimId}/indicators": { schema: schemas.indicatorSummarySchema },
  "GET /v2/victims/{victimId}/victimAssets": { schema: schemas.victimAssetSummarySchema },
  "GET /v2/victims/{victimId}/victims": { schema: schemas.victimSchema },

  "GET /v2/customMetrics": { schema: schemas.customMetricConfigSchema },
  "POST /v2/customMetrics": { schema: schemas.customMetricConfigSchema },
  "POST /v2/customMetrics/{metricName}/data": {
    call: (c, p) => c.customMetrics.addData(p[0]!, { value: 1 }, { returnValue: true }),
    schema: schemas.customMetricValueSchema,
  },
  "GET /v2/batch/{batchId}": { schema: schemas.batchStatusSchema },
  "GET /v2/batch/{batchId}/results": { schema: schemas.batchResultSchema },
};
