import { describe, expect, it } from "vitest";

import {
  ADVERSARY_ASSET_TYPES,
  ASSOCIATION_TYPE_DESCRIPTORS,
  FILE_ACTIONS,
  GROUP_TYPES,
  INDICATOR_ASSOCIATION_TYPES,
  INDICATOR_TYPES,
  INDICATOR_TYPE_DESCRIPTORS,
  REGISTRY_VALUE_TYPES,
  VICTIM_ASSET_TYPES,
  associationLinks,
  findAdversaryAssetType,
  findFileAction,
  findGroupType,
  findIndicatorAssociationType,
  findIndicatorType,
  findVictimAssetType,
  indicatorTypeDescriptor,
  indicatorTypeFromDescriptor,
  validateIndicatorSummary,
} from "../src/index.js";
import type { IndicatorTypeDescriptor } from "../src/index.js";
import { fixtureIndex, fixtureText, jsonFixtures, walk } from "./fixtures.js";

const INDICATOR_ENTITY_KEYS = new Set(["indicator", ...INDICATOR_TYPES.map((t) => t.apiEntity)]);
const GROUP_ENTITY_KEYS = new Set(["group", ...GROUP_TYPES.map((t) => t.apiEntity)]);

describe("INDICATOR_TYPES", () => {
  it("lists the ten Public Cloud types with unique names, branches and entities", () => {
    expect(INDICATOR_TYPES.map((t) => t.name)).toEqual([
      "Address",
      "EmailAddress",
      "File",
      "Host",
      "URL",
      "ASN",
      "CIDR",
      "Mutex",
      "Registry Key",
      "User Agent",
    ]);
    for (const key of ["name", "apiBranch", "apiEntity"] as const) {
      expect(new Set(INDICATOR_TYPES.map((t) => t[key].toLowerCase())).size).toBe(10);
    }
  });

  it("carries the body keys of reference §10.1", () => {
    const fields = Object.fromEntries(INDICATOR_TYPES.map((t) => [t.name, t.valueFields]));
    expect(fields).toEqual({
      Address: ["ip"],
      EmailAddress: ["address"],
      File: ["md5", "sha1", "sha256"],
      Host: ["hostName"],
      URL: ["text"],
      ASN: ["AS Number"],
      CIDR: ["Block"],
      Mutex: ["Mutex"],
      "Registry Key": ["Key Name", "Value Name", "Value Type"],
      "User Agent": ["User Agent String"],
    });
    expect(findIndicatorType("Registry Key")?.values[2]?.options).toEqual(REGISTRY_VALUE_TYPES);
    expect(INDICATOR_TYPES.filter((t) => t.privateAllowed).map((t) => t.name)).toEqual([
      "Address",
      "EmailAddress",
      "File",
      "Host",
      "URL",
    ]);
  });
});

describe("findIndicatorType", () => {
  it.each([
    ["Address", "Address"],
    ["addresses", "Address"],
    ["ADDRESS", "Address"],
    ["emailAddress", "EmailAddress"],
    ["Email Address", "EmailAddress"],
    ["email_address", "EmailAddress"],
    ["files", "File"],
    ["host", "Host"],
    ["URL", "URL"],
    ["urls", "URL"],
    ["asn", "ASN"],
    ["asns", "ASN"],
    ["cidrBlocks", "CIDR"],
    ["cidrBlock", "CIDR"],
    ["CIDR Block", "CIDR"],
    ["mutexes", "Mutex"],
    ["registry key", "Registry Key"],
    ["RegistryKey", "Registry Key"],
    ["registryKeys", "Registry Key"],
    ["REGISTRY_KEY", "Registry Key"],
    ["User Agent", "User Agent"],
    ["userAgents", "User Agent"],
    ["useragent", "User Agent"],
  ])("finds %j as %s", (spelling, name) => {
    expect(findIndicatorType(spelling)?.name).toBe(name);
  });

  it("returns undefined for unknown names", () => {
    expect(findIndicatorType("Hashtag")).toBeUndefined();
    expect(findIndicatorType("")).toBeUndefined();
    expect(findIndicatorType("adversaries")).toBeUndefined();
  });

  it("searches a given list, such as one with an instance's custom types", () => {
    const hashtag = indicatorTypeFromDescriptor({
      name: "Hashtag",
      custom: "true",
      parsable: "false",
      apiBranch: "hashtags",
      apiEntity: "hashtag",
      casePreference: "sensitive",
      value1Label: "Hashtag",
      value1Type: "text",
      value2Label: "",
    });
    const types = [...INDICATOR_TYPES, hashtag];
    expect(findIndicatorType("hashtags", types)).toBe(hashtag);
    expect(findIndicatorType("Host", types)?.name).toBe("Host");
    expect(hashtag.valueFields).toEqual(["Hashtag"]);
  });
});

describe("indicator type descriptors", () => {
  const listed = jsonFixtures().filter(
    ({ entry }) => entry.kind === "response" && entry.path.startsWith("/v2/types/indicatorTypes"),
  );

  // One recorded response (302) is an empty object; it has nothing to compare.
  function descriptorsOf(body: unknown): IndicatorTypeDescriptor[] {
    const data = (body as { data?: { indicatorType: IndicatorTypeDescriptor | IndicatorTypeDescriptor[] } }).data;
    if (data === undefined) return [];
    return Array.isArray(data.indicatorType) ? data.indicatorType : [data.indicatorType];
  }

  it("has fixtures to compare against", () => {
    expect(listed.length).toBeGreaterThanOrEqual(3);
  });

  it("matches every field of every descriptor in the fixtures", () => {
    let compared = 0;
    for (const { entry, body } of listed) {
      const additional = entry.path.includes("includeAdditional=true");
      for (const fixture of descriptorsOf(body)) {
        const type = findIndicatorType(fixture.name);
        expect(type, fixture.name).toBeDefined();
        if (type === undefined) continue;
        const mine = indicatorTypeDescriptor(type, { additional });
        for (const [key, value] of Object.entries(fixture)) {
          expect(mine[key as keyof IndicatorTypeDescriptor], `${entry.file} ${fixture.name}.${key}`).toEqual(value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("matches the Registry Key excerpt including value3Option", () => {
    const excerpt = fixtureText("113-get-types-indicatortypes-res.json")
      .replace(/^\s*\.\.\.\s*/, "")
      .replace(/,\s*\.\.\.\s*$/, "");
    const fixture = JSON.parse(excerpt) as IndicatorTypeDescriptor;
    const type = findIndicatorType(fixture.name);
    expect(type && indicatorTypeDescriptor(type)).toEqual(fixture);
  });

  it("lists the built-ins in API order as the plain list call returns them", () => {
    const list = listed.find(({ entry }) => entry.path === "/v2/types/indicatorTypes");
    const names = list === undefined ? [] : descriptorsOf(list.body).map((d) => d.name);
    expect(INDICATOR_TYPE_DESCRIPTORS.map((d) => d.name)).toEqual(names);
  });

  it("round-trips through indicatorTypeFromDescriptor", () => {
    for (const type of INDICATOR_TYPES) {
      const back = indicatorTypeFromDescriptor(indicatorTypeDescriptor(type, { additional: true }));
      expect(back.name).toBe(type.name);
      expect(back.valueFields).toEqual(type.valueFields);
      expect(back.custom).toBe(type.custom);
      expect(back.casePreference).toBe(type.casePreference);
    }
  });
});

describe("indicator types referenced by the fixtures", () => {
  function referencedTypes(): Set<string> {
    const found = new Set<string>();
    for (const { body } of jsonFixtures()) {
      walk(body, (node, key) => {
        if (INDICATOR_ENTITY_KEYS.has(key) && typeof node.type === "string" && !("apiBranch" in node)) {
          found.add(node.type);
        }
        if (typeof node.indicatorType === "string") found.add(node.indicatorType);
        for (const ref of ["type_1", "type_2"]) {
          const value = node[ref];
          if (typeof value === "string" && findGroupType(value) === undefined) found.add(value);
        }
      });
    }
    for (const entry of fixtureIndex()) {
      for (const match of entry.path.matchAll(/\/indicators\/([A-Za-z]+)/g)) {
        const segment = match[1] ?? "";
        if (!["deleted", "observed", "bulk"].includes(segment)) found.add(segment);
      }
    }
    return found;
  }

  it("are all known to the registry", () => {
    const found = referencedTypes();
    expect([...found].filter((name) => findIndicatorType(name) === undefined)).toEqual([]);
    // Every type appears somewhere except User Agent, which only the type list mentions.
    const names = new Set([...found].map((name) => findIndicatorType(name)?.name));
    expect([...names].sort()).toEqual(INDICATOR_TYPES.map((t) => t.name).filter((n) => n !== "User Agent").sort());
  });

  it("have valid summaries wherever the fixtures show one", () => {
    const bad: string[] = [];
    for (const { entry, body } of jsonFixtures()) {
      walk(body, (node, key) => {
        if (!INDICATOR_ENTITY_KEYS.has(key) || typeof node.type !== "string" || typeof node.summary !== "string") return;
        const type = findIndicatorType(node.type);
        if (type === undefined) return;
        const result = validateSummary(type.name, node.summary);
        if (result !== undefined) bad.push(`${entry.file}: ${result}`);
      });
    }
    // The docs' example CIDR "192.168.0.1/24" has host bits set; the API evidently stores it, so it must pass.
    expect(bad).toEqual([]);
  });
});

function validateSummary(type: string, summary: string): string | undefined {
  const result = validateIndicatorSummary(type, summary);
  return result.ok ? undefined : result.problems.map((p) => p.message).join("; ");
}

describe("GROUP_TYPES", () => {
  it("lists sixteen types with unique names, branches and entities", () => {
    expect(GROUP_TYPES).toHaveLength(16);
    for (const key of ["name", "apiBranch", "apiEntity"] as const) {
      expect(new Set(GROUP_TYPES.map((t) => t[key].toLowerCase())).size).toBe(16);
    }
  });

  it.each([
    ["Course of Action", "coursesOfAction", "courseOfAction"],
    ["coursesofaction", "coursesOfAction", "courseOfAction"],
    ["malware", "malware", "malware"],
    ["Attack Pattern", "attackPatterns", "attackPattern"],
    ["vulnerabilities", "vulnerabilities", "vulnerability"],
    ["intrusion_set", "intrusionSets", "intrusionSet"],
    ["INCIDENT", "incidents", "incident"],
  ])("finds %j", (spelling, branch, entity) => {
    expect(findGroupType(spelling)).toMatchObject({ apiBranch: branch, apiEntity: entity });
  });

  it("marks the create-required fields of reference §11.7", () => {
    const required = Object.fromEntries(
      GROUP_TYPES.map((t) => [t.name, t.fields.filter((f) => f.requiredOnCreate).map((f) => f.name)]),
    );
    expect(required).toMatchObject({
      Document: ["fileName"],
      Email: ["subject", "header", "body"],
      Event: ["eventDate"],
      Incident: ["eventDate"],
      Report: ["fileName"],
      Signature: ["fileName", "fileType", "fileText"],
      Adversary: [],
      Threat: [],
    });
    const updateRequired = GROUP_TYPES.flatMap((t) => t.fields.filter((f) => f.requiredOnUpdate).map((f) => `${t.name}.${f.name}`));
    expect(updateRequired).toEqual(["Signature.fileName", "Signature.fileType"]);
  });

  it("marks the batch-required fields of reference §12.3", () => {
    const batch = GROUP_TYPES.flatMap((t) => t.fields.filter((f) => f.requiredInBatch).map((f) => `${t.name}.${f.name}`));
    expect(batch).toEqual([
      "Email.subject",
      "Email.header",
      "Email.body",
      "Signature.fileName",
      "Signature.fileType",
      "Signature.fileText",
    ]);
  });

  it("knows every group type and branch in the fixtures", () => {
    const found = new Set<string>();
    for (const { body } of jsonFixtures()) {
      walk(body, (node, key) => {
        if (GROUP_ENTITY_KEYS.has(key) && typeof node.type === "string" && typeof node.name === "string") found.add(node.type);
      });
    }
    for (const entry of fixtureIndex()) {
      for (const match of entry.path.matchAll(/\/groups\/([A-Za-z]+)/g)) found.add(match[1] ?? "");
    }
    expect(found.size).toBeGreaterThan(8);
    expect([...found].filter((name) => findGroupType(name) === undefined)).toEqual([]);
  });
});

describe("assets, associations and file actions", () => {
  it("knows the victim asset types and entity keys of the fixtures", () => {
    expect(VICTIM_ASSET_TYPES.map((t) => t.type)).toEqual(["EmailAddress", "NetworkAccount", "Phone", "SocialNetwork", "WebSite"]);
    expect(findVictimAssetType("networkAccounts")?.apiEntity).toBe("victimNetworkAccount");
    expect(findVictimAssetType("victimNetworkAccount")?.type).toBe("NetworkAccount");
    expect(findVictimAssetType("emailaddress")?.fields).toEqual([
      { name: "address", required: true },
      { name: "addressType", required: false },
    ]);
  });

  it("knows the adversary asset types of the fixtures", () => {
    expect(ADVERSARY_ASSET_TYPES.map((t) => t.apiBranch)).toEqual(["handles", "phoneNumbers", "urls"]);
    expect(findAdversaryAssetType("adversaryHandle")?.field).toBe("handle");
    expect(findAdversaryAssetType("urls")?.type).toBe("URL");
  });

  it("knows every association branch and file action in the fixture paths", () => {
    const paths = fixtureIndex().map((e) => e.path);
    const associations = paths.flatMap((p) => [...p.matchAll(/\/associations\/([A-Za-z]+)/g)].map((m) => m[1] ?? ""));
    const actions = paths.flatMap((p) => [...p.matchAll(/\/actions\/([A-Za-z]+)/g)].map((m) => m[1] ?? ""));
    expect(associations.length).toBeGreaterThan(0);
    expect(actions.length).toBeGreaterThan(0);
    expect(associations.filter((a) => findIndicatorAssociationType(a) === undefined)).toEqual([]);
    expect(actions.filter((a) => findFileAction(a) === undefined)).toEqual([]);
  });

  it("says which indicator types an association links", () => {
    const urlHost = findIndicatorAssociationType("URL Host");
    expect(urlHost && associationLinks(urlHost, "Host", "URL")).toBe(true);
    expect(urlHost && associationLinks(urlHost, "URL", "Address")).toBe(true);
    expect(urlHost && associationLinks(urlHost, "Host", "Address")).toBe(false);
    expect(INDICATOR_ASSOCIATION_TYPES).toHaveLength(8);
    const linked = new Set(INDICATOR_ASSOCIATION_TYPES.flatMap((a) => a.links.flat()));
    expect([...linked].filter((name) => findIndicatorType(name) === undefined)).toEqual([]);
    expect(FILE_ACTIONS.find((a) => a.action === "traffic")?.targetTypes).toEqual(["Address", "Host", "URL"]);
  });

  it("serves the association type descriptor of the fixture", () => {
    const fixture = jsonFixtures().find(({ entry }) => entry.path.startsWith("/v2/types/associationTypes/Adversary"));
    const expected = (fixture?.body as { data: { associationType: unknown } } | undefined)?.data.associationType;
    expect(expected).toBeDefined();
    expect(ASSOCIATION_TYPE_DESCRIPTORS).toContainEqual(expected);
  });
});
