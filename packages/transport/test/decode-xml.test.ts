import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeXml } from "../src/index.js";
import { FIXTURE_DIR } from "@tcapi/test-fixtures";

const DIR = `${FIXTURE_DIR}/`;

interface FixtureEntry { file: string; method: string; path: string; kind: string; format: string; valid: boolean; source: string; line?: number }

const index = JSON.parse(readFileSync(`${DIR}index.json`, "utf8")) as FixtureEntry[];
const responses = index.filter((f) => f.kind === "response");

/**
 * Every XML response fixture paired with the JSON response for the same method + path. When
 * several JSON examples exist, the one printed in the same doc page is the pair.
 */
const PAIRS = responses
  .filter((f) => f.format === "xml")
  .map((xml) => {
    const candidates = responses.filter((f) => f.format === "json" && f.method === xml.method && f.path === xml.path);
    const json = candidates.find((f) => f.source === xml.source) ?? candidates[0];
    if (json === undefined) throw new Error(`no JSON pair for ${xml.file}`);
    return { xml, json };
  });

/**
 * Where the docs' XML and JSON examples disagree in CONTENT (not in shape), the JSON side is
 * patched to the XML's values here, so the comparison tests decoding, not the doc authors.
 * 001 is also repaired: it has a trailing comma (index.json marks it invalid).
 */
interface Loose {
  data: { resultCount?: number; indicator: Record<string, unknown>[]; dnsResolution: Record<string, unknown>[] };
  bulkStatus: Record<string, unknown>;
}

const CONTENT_PATCHES: Record<string, { repair?: (text: string) => string; patch?: (json: Loose) => void }> = {
  "001-get-owners-res.json": {
    repair: (text) => text.replace(/,(\s*\])/, "$1"),
    // The XML example omits <ResultCount> that the JSON example has.
    patch: (json) => { delete json.data.resultCount; },
  },
  "096-get-indicators-addresses-192-168-0-1-dnsresolutions-res.json": {
    // Different lastModified, and no <Description> in the XML example.
    patch: (json) => {
      json.data.indicator[0]!.lastModified = "2017-01-13T18:17:52Z";
      delete json.data.indicator[0]!.description;
    },
  },
  "098-get-indicators-bulk-res.json": {
    patch: (json) => { json.bulkStatus.lastRun = "2015-03-26T19:06:53.344Z"; },
  },
  "141-get-indicators-hosts-example-com-dnsresolutions-res.json": {
    patch: (json) => { json.data.dnsResolution[0]!.resolutionDate = "2013-11-18T13:27:35Z"; },
  },
};

describe("decodeXml on every XML/JSON fixture pair", () => {
  it("finds every pair", () => {
    expect(PAIRS.map((p) => `${p.json.file.slice(0, 3)}/${p.xml.file.slice(0, 3)}`)).toEqual([
      "001/002", "096/097", "098/099", "141/142", "143/144", "146/147", "151/152",
    ]);
  });

  it.each(PAIRS)("$xml.file decodes to the JSON of $json.file", ({ xml, json }) => {
    const fix = CONTENT_PATCHES[json.file] ?? {};
    const jsonText = readFileSync(DIR + json.file, "utf8");
    const expected = JSON.parse(fix.repair ? fix.repair(jsonText) : jsonText) as unknown;
    fix.patch?.(expected as Loose);

    expect(decodeXml(readFileSync(DIR + xml.file, "utf8"))).toStrictEqual(expected);
  });
});

describe("decodeXml shapes", () => {
  it("keeps a single item an object and a one-item list an array", () => {
    const single = `<hostResponse><Status>Success</Status><Data xsi:type="hostResponseData" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Host><Id>1</Id><HostName>a.example</HostName><DnsActive>true</DnsActive><Owner xsi:type="organization"><Id>2</Id><Name>Org</Name><Type>Organization</Type></Owner><Tag><Name>x</Name></Tag></Host></Data></hostResponse>`;
    expect(decodeXml(single)).toStrictEqual({
      status: "Success",
      data: { host: { id: 1, hostName: "a.example", dnsActive: "true", owner: { id: 2, name: "Org", type: "Organization" }, tag: [{ name: "x" }] } },
    });

    const list = `<tagsResponse><Status>Success</Status><Data xsi:type="tagListResponseData" xmlns:xsi="x"><ResultCount>1</ResultCount><Tag><Name>2021</Name></Tag></Data></tagsResponse>`;
    expect(decodeXml(list)).toStrictEqual({ status: "Success", data: { resultCount: 1, tag: [{ name: "2021" }] } });
  });

  it("keeps a single tag response an object although tag is a nested list key", () => {
    const xml = `<tagResponse><Status>Success</Status><Data xsi:type="tagResponseData"><Tag><Name>APT</Name></Tag></Data></tagResponse>`;
    expect(decodeXml(xml)).toStrictEqual({ status: "Success", data: { tag: { name: "APT" } } });
  });

  it("fills an empty list when the caller names the key", () => {
    const xml = `<ownersResponse><Status>Success</Status><Data xsi:type="ownerListResponseData"><ResultCount>0</ResultCount></Data></ownersResponse>`;
    expect(decodeXml(xml, { listKey: "owner" })).toStrictEqual({ status: "Success", data: { resultCount: 0, owner: [] } });
  });

  it("types numbers and booleans by key, never by look", () => {
    const xml = `<fileResponse><Status>Success</Status><Data xsi:type="fileResponseData"><File><Id>12</Id><Md5>12345678901234567890123456789012</Md5><Rating>4.00</Rating><PrivateFlag>false</PrivateFlag><Summary>007</Summary></File></Data></fileResponse>`;
    expect(decodeXml(xml)).toStrictEqual({
      status: "Success",
      data: { file: { id: 12, md5: "12345678901234567890123456789012", rating: 4, privateFlag: false, summary: "007" } },
    });
  });

  it("decodes a failure and unescapes entities", () => {
    const xml = `<?xml version="1.0"?><errorResponse><Status>Failure</Status><Message>a &amp; b</Message></errorResponse>`;
    expect(decodeXml(xml)).toStrictEqual({ status: "Failure", message: "a & b" });
  });
});
