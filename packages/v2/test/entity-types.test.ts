import type * as model from "@tcapi/model";
import { describe, expectTypeOf, it } from "vitest";
import type { Infer } from "../src/schema.js";
import type * as schemas from "../src/entity-schemas.js";

/**
 * Each runtime schema must describe exactly the model's type: a value that passes the check
 * is assignable to the declared type, and every value of the declared type passes the check.
 * These assertions are checked by `tsc` (the typecheck script covers test/).
 */
type Same<S, T> = [Infer<S>] extends [T] ? ([T] extends [Infer<S>] ? true : false) : false;

describe("entity schemas agree with @tcapi/model types", () => {
  it("common entities", () => {
    expectTypeOf<Same<typeof schemas.ownerSchema, model.Owner>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.userSchema, model.User>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.ownerMetricSchema, model.OwnerMetric>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.tagSchema, model.Tag>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.securityLabelSchema, model.SecurityLabel>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.attributeSchema, model.Attribute>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.anonymousMemberSchema, model.AnonymousMember>>().toEqualTypeOf<true>();
  });

  it("indicators", () => {
    expectTypeOf<Same<typeof schemas.indicatorSummarySchema, model.IndicatorSummaryItem>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.addressSchema, model.AddressIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.emailAddressSchema, model.EmailAddressIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.fileSchema, model.FileIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.hostSchema, model.HostIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.urlSchema, model.UrlIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.asnSchema, model.AsnIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.cidrSchema, model.CidrIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.mutexSchema, model.MutexIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.registryKeySchema, model.RegistryKeyIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.userAgentSchema, model.UserAgentIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.indicatorSchema, model.Indicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.deletedIndicatorSchema, model.DeletedIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.observedIndicatorSchema, model.ObservedIndicator>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.observationSchema, model.Observation>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.observationCountSchema, model.ObservationCount>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.falsePositiveSchema, model.FalsePositive>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.fileOccurrenceSchema, model.FileOccurrence>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.dnsResolutionSchema, model.DnsResolution>>().toEqualTypeOf<true>();
  });

  it("groups", () => {
    expectTypeOf<Same<typeof schemas.groupSummarySchema, model.GroupSummaryItem>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.adversarySchema, model.AdversaryGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.campaignSchema, model.CampaignGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.documentSchema, model.DocumentGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.emailSchema, model.EmailGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.eventSchema, model.EventGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.incidentSchema, model.IncidentGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.reportSchema, model.ReportGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.signatureSchema, model.SignatureGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.threatSchema, model.ThreatGroup>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.groupSchema, model.Group>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.bucketAssetSchema, model.BucketAsset>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.adversaryAssetSchema, model.AdversaryAsset>>().toEqualTypeOf<true>();
  });

  it("tasks, victims, types, batch, bulk, metrics", () => {
    expectTypeOf<Same<typeof schemas.taskSchema, model.Task>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.victimSchema, model.Victim>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.victimAssetSummarySchema, model.VictimAssetSummary>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.victimAssetSchema, model.VictimAsset>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.indicatorTypeSchema, model.IndicatorTypeDescriptor>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.associationTypeSchema, model.AssociationTypeDescriptor>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.batchStatusSchema, model.BatchStatus>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.batchResultSchema, model.BatchResult>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.batchErrorSchema, model.BatchError>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.bulkStatusSchema, model.BulkStatus>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.customMetricConfigSchema, model.CustomMetricConfig>>().toEqualTypeOf<true>();
    expectTypeOf<Same<typeof schemas.customMetricValueSchema, model.CustomMetricValue>>().toEqualTypeOf<true>();
  });
});

describe("the agreement check itself", () => {
  it("tells different shapes apart", () => {
    expectTypeOf<Same<typeof schemas.tagSchema, model.Owner>>().toEqualTypeOf<false>();
    // An optional field the model declares required must not pass.
    expectTypeOf<Same<typeof schemas.observationCountSchema, model.Observation>>().toEqualTypeOf<false>();
    expectTypeOf<Same<typeof schemas.hostSchema, model.AddressIndicator>>().toEqualTypeOf<false>();
  });
});
