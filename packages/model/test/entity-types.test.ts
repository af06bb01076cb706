import { describe, expect, expectTypeOf, it } from "vitest";

import type {
  AdversaryAsset,
  BatchDocumentV2,
  BatchJobSettings,
  BatchStatus,
  CustomMetricConfig,
  DnsResolution,
  DocumentGroup,
  FileIndicator,
  Group,
  GroupCreateInput,
  HostIndicator,
  Indicator,
  IndicatorCreateInput,
  IndicatorSummaryItem,
  IndicatorTypeDescriptor,
  ObservationCount,
  Owner,
  OwnerMetric,
  RegistryKeyIndicator,
  Task,
  VictimAsset,
} from "../src/index.js";
import { jsonFixtures } from "./fixtures.js";

/** The `data.<key>` of one well-formed fixture. */
function dataOf(file: string, key: string): unknown {
  const fixture = jsonFixtures().find(({ entry }) => entry.file === file);
  const data = (fixture?.body as { data?: Record<string, unknown> } | undefined)?.data;
  return data?.[key];
}

/** Keys of an object that a typed literal of the same shape would carry. */
function keysOf(value: unknown): string[] {
  return Object.keys(value as object).sort();
}

describe("entity types", () => {
  // Literals copied from fixtures: if a type drifts from the API's shapes, typecheck fails here.
  it("describe a host with its flags as strings (fixture 109)", () => {
    const host = {
      id: "54321",
      type: "Host",
      owner: { id: 5, name: "Example Organization", type: "Organization" },
      dateAdded: "2017-07-13T17:50:17",
      lastModified: "2017-08-03T15:55:40Z",
      rating: 5.0,
      confidence: 100,
      webLink: "https://app.threatconnect.com/auth/indicators/details/host.xhtml?host=example.com&owner=Example+Organization",
      hostName: "example.com",
      dnsActive: "false",
      whoisActive: "true",
    } satisfies HostIndicator;
    // Typed endpoints omit `type` for built-in types; everything else matches key for key.
    const withoutType = keysOf(host).filter((k) => k !== "type");
    expect(withoutType).toEqual(keysOf(dataOf("109-post-indicators-hosts-res.json", "host")));
  });

  it("describe a file with upper-case hashes and a size (fixture 295)", () => {
    const file = dataOf("295-get-indicators-files-422ad421127685e3ef4a44b54625810-res.json", "file") as FileIndicator;
    expect(file.md5).toBe("422AD421127685E3EF4A44B546258107");
    const literal = {
      id: 90558,
      type: "File",
      md5: "422AD421127685E3EF4A44B546258107",
      sha1: "6EE03D201FE358139858956383F3C280ACADEB8E",
      sha256: "DFB94E30E5764527501B3232E237199BE33756612A0D1284EAB191EB6CE405D6",
      size: 1663,
      source: "foosource",
    } satisfies FileIndicator;
    expect(literal.size).toBe(file.size);
  });

  it("describe custom-type values under their label keys (fixture 115)", () => {
    const key = dataOf("115-post-indicators-registrykeys-res.json", "registryKey") as RegistryKeyIndicator;
    expect(key.type).toBe("Registry Key");
    expect(key["Value Type"]).toBe("REG_NONE");
    expectTypeOf<RegistryKeyIndicator["Value Type"]>().toEqualTypeOf<
      | "REG_NONE"
      | "REG_BINARY"
      | "REG_DWORD"
      | "REG_DWORD_LITTLE_ENDIAN"
      | "REG_DWORD_BIG_ENDIAN"
      | "REG_EXPAND_SZ"
      | "REG_LINK"
      | "REG_MULTI_SZ"
      | "REG_QWORD"
      | "REG_QWORD_LITTLE_ENDIAN"
      | "REG_SZ"
    >();
  });

  it("discriminate indicators and groups on type", () => {
    function valueOf(indicator: Indicator): string | undefined {
      switch (indicator.type) {
        case "Address":
          return indicator.ip;
        case "Host":
          return indicator.hostName;
        case "File":
          return indicator.md5 ?? indicator.sha1 ?? indicator.sha256;
        case "Registry Key":
          return indicator["Key Name"];
        default:
          return undefined;
      }
    }
    expect(valueOf({ id: 1, type: "Address", ip: "1.2.3.4" })).toBe("1.2.3.4");
    expect(valueOf({ id: 2, type: "File", sha256: "ab" })).toBe("ab");

    function eventDateOf(group: Group): string | undefined {
      return group.type === "Incident" || group.type === "Event" ? group.eventDate : undefined;
    }
    expect(eventDateOf({ id: 1, name: "i", type: "Incident", eventDate: "2017-03-21T00:00:00Z" })).toBe("2017-03-21T00:00:00Z");

    function assetValue(asset: VictimAsset | AdversaryAsset): string {
      switch (asset.type) {
        case "NetworkAccount":
          return asset.account;
        case "Handle":
          return asset.handle;
        default:
          return "";
      }
    }
    expect(assetValue({ id: 398, type: "NetworkAccount", account: "John Doe", network: "Active Directory" })).toBe("John Doe");
  });

  it("require the create fields of each type", () => {
    expectTypeOf<GroupCreateInput<"Document">>().toHaveProperty("fileName").toEqualTypeOf<string>();
    expectTypeOf<{ name: string }>().not.toExtend<GroupCreateInput<"Email">>();
    expectTypeOf<{ name: string; subject: string; header: string; body: string }>().toExtend<GroupCreateInput<"Email">>();
    expectTypeOf<{ hostName: string; dnsActive: "true" }>().toExtend<IndicatorCreateInput<"Host">>();
    expectTypeOf<{ rating: number }>().not.toExtend<IndicatorCreateInput<"Address">>();
    expectTypeOf<DocumentGroup["status"]>().toEqualTypeOf<
      "Success" | "Awaiting Upload" | "In Progress" | "Failed" | "None" | undefined
    >();
  });

  it("fit the fixtures' other entities", () => {
    const owner: Owner = { id: 0, name: "Example Organization", type: "Organization" };
    const task: Task = {
      id: "54321",
      name: "Test Task",
      owner,
      status: "Not Started",
      escalated: false,
      assignee: [{ userName: "johndoe@example.com", firstName: "John", lastName: "Doe" }],
    };
    const metric: CustomMetricConfig = { id: 1, name: "playbookRuns", dataType: "Sum", interval: "Hourly", keyedValues: true, description: "Monitor Playbook runs" };
    const batch: BatchStatus = { id: 12345, status: "Completed", errorCount: 342, successCount: 405432, unprocessCount: 0 };
    const settings: BatchJobSettings = { version: "V2", owner: "Demo Organization", haltOnError: true, action: "Create", attributeWriteType: "Append" };
    const observed: ObservationCount = { count: 5, lastObserved: "2016-07-13T17:50:25-05:00Z", yourCount: 2 };
    const dns: DnsResolution = { resolutionDate: "2017-01-30T20:49:05Z", addresses: [{ id: 123456, ip: "192.168.100.1" }] };
    const item: IndicatorSummaryItem = { id: "54321", type: "Address", summary: "0.0.0.0", ownerName: "Example Organization" };
    const descriptor: IndicatorTypeDescriptor = { name: "Mutex", custom: "true", parsable: "false", apiBranch: "mutexes", apiEntity: "mutex", casePreference: "sensitive", value1Label: "Mutex", value1Type: "text" };
    expect([task, metric, batch, settings, observed, dns, item, descriptor].every((x) => typeof x === "object")).toBe(true);
    expect(keysOf(metric)).toEqual(keysOf((dataOf("035-get-custommetrics-res.json", "customMetricConfig") as unknown[])[0]));
    expect(keysOf(batch)).toEqual(keysOf(dataOf("013-get-batch-12345-res.json", "batchStatus")));
  });

  it("name exactly the owner metric keys of the fixtures", () => {
    // `satisfies` makes this list exhaustive and free of extras at compile time.
    const declared = {
      metricDate: true,
      totalIndicator: true,
      totalHost: true,
      totalAddress: true,
      totalEmailAddress: true,
      totalFile: true,
      totalUrl: true,
      totalGroup: true,
      totalThreat: true,
      totalIncident: true,
      totalEmail: true,
      totalCampaign: true,
      totalAdversary: true,
      totalSignature: true,
      totalTask: true,
      totalDocument: true,
      totalTag: true,
      totalTrack: true,
      totalResult: true,
      totalIndicatorAttribute: true,
      totalGroupAttribute: true,
      averageIndicatorRating: true,
      averageIndicatorConfidence: true,
      totalEnrichedIndicator: true,
      totalGroupIndicator: true,
      totalObservationDaily: true,
      totalObservationIndicator: true,
      totalObservationAddress: true,
      totalObservationEmailAddress: true,
      totalObservationFile: true,
      totalObservationHost: true,
      totalObservationUrl: true,
      totalFalsePositiveDaily: true,
      totalFalsePositive: true,
    } satisfies Record<keyof OwnerMetric, true>;
    for (const file of ["300-get-owners-0-metrics-res.json", "301-get-owners-metrics-res.json"]) {
      const metrics = dataOf(file, "ownerMetric") as OwnerMetric[];
      for (const metric of metrics) expect(keysOf(metric)).toEqual(Object.keys(declared).sort());
    }
  });

  it("accept the batch documents of the fixtures", () => {
    const doc = {
      indicator: [{ summary: "badguyz.com", type: "Host", associatedGroups: [{ groupXid: "x:0001" }], confidence: 60, rating: 3, tag: [{ name: "Ransomware" }] }],
      group: [{ name: "Ransomware Attack", type: "Incident", xid: "x:0001", eventDate: "2024-08-04T00:00:00Z", attribute: [{ type: "Description", value: "A ransomware attack.", displayed: true }] }],
      association: [{ ref_1: "badguyz.com", type_1: "Host", ref_2: "x:0001" }, { id_1: 54321, type_1: "Address", id_2: 654321, type_2: "ASN", associationType: "Address to Indicators" }],
    } satisfies BatchDocumentV2;
    expect(doc.association).toHaveLength(2);
  });
});
