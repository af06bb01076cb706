import { describe, expect, it } from "vitest";

import { INDICATOR_TYPES, indicatorTypeFromDescriptor, validateBatchGroup, validateBatchIndicator } from "../src/index.js";
import type { Validated } from "../src/index.js";
import { jsonFixtures } from "./fixtures.js";

function fields<T>(result: Validated<T>): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.rule}`);
}

/** Every indicator and group object of the batch input fixtures (V1 arrays and V2 documents). */
function batchItems(): { indicators: unknown[]; groups: unknown[] } {
  const indicators: unknown[] = [];
  const groups: unknown[] = [];
  for (const { entry, body } of jsonFixtures()) {
    if (entry.kind !== "request" || !/^\/v2\/batch\/\d+$/.test(entry.path)) continue;
    if (Array.isArray(body)) indicators.push(...(body as unknown[]));
    const doc = body as { indicator?: unknown[]; group?: unknown[] };
    indicators.push(...(doc.indicator ?? []));
    groups.push(...(doc.group ?? []));
  }
  return { indicators, groups };
}

describe("validateBatchIndicator", () => {
  it("accepts every indicator of the batch fixtures", () => {
    const { indicators } = batchItems();
    expect(indicators.length).toBeGreaterThan(8);
    for (const item of indicators) expect(fields(validateBatchIndicator(item)), JSON.stringify(item)).toEqual([]);
  });

  it.each([
    [{ type: "Host", summary: "österreich.icom.museum" }, ["summary:host-punycode"]],
    [{ type: "Host" }, ["summary:required"]],
    [{ type: "Hostname2", summary: "x.com" }, ["type:unknown-type"]],
    [{ summary: "x.com" }, ["type:unknown-type"]],
    [{ type: "File", md5: "abc", summary: "ignored" }, ["md5:file-hash"]],
    [{ type: "File", summary: "abc" }, ["summary:file-hash"]],
    [{ type: "Host", summary: "x.com", rating: 6, confidence: 101 }, ["rating:range", "confidence:range"]],
    [{ type: "Host", summary: "x.com", tag: [{ name: "t".repeat(129) }, {}] }, ["tag[0].name:max-length", "tag[1].name:required"]],
    [{ type: "Host", summary: "x.com", attribute: [{ type: "Description" }] }, ["attribute[0].value:required"]],
    [{ type: "Host", summary: "x.com", securityLabel: "TLP:AMBER" }, ["securityLabel:type"]],
    [{ type: "Host", summary: "x.com", associatedGroups: [{}] }, ["associatedGroups[0].groupXid:required"]],
    [{ type: "Host", summary: "x.com", associatedIndicators: [{ indicatorType: "ASN", summary: "AS1" }] }, ["associatedIndicators[0].summary:asn-format"]],
    ["x.com", [":type"]],
  ] as const)("%j → %j", (item, expected) => {
    expect(fields(validateBatchIndicator(item))).toEqual(expected);
  });

  it("accepts an instance's custom type when given its type list", () => {
    const hashtag = indicatorTypeFromDescriptor({
      name: "Hashtag",
      custom: "true",
      parsable: "false",
      apiBranch: "hashtags",
      apiEntity: "hashtag",
      value1Label: "Hashtag",
      value1Type: "text",
    });
    const item = { type: "Hashtag", Hashtag: "#evil" };
    expect(fields(validateBatchIndicator(item))).toEqual(["type:unknown-type"]);
    expect(validateBatchIndicator(item, { types: [...INDICATOR_TYPES, hashtag] }).ok).toBe(true);
    expect(fields(validateBatchIndicator({ type: "Hashtag", Hashtag: " " }, { types: [hashtag] }))).toEqual(["Hashtag:required"]);
  });
});

describe("validateBatchGroup", () => {
  it("accepts every group of the batch fixtures", () => {
    const { groups } = batchItems();
    expect(groups.length).toBeGreaterThan(5);
    for (const item of groups) expect(fields(validateBatchGroup(item))).toEqual([]);
  });

  it.each([
    [{ name: "n", type: "Incident" }, ["xid:required"]],
    [{ name: "n", type: "Email", xid: "1" }, ["subject:required", "header:required", "body:required"]],
    [{ name: "n", type: "Event", xid: "1", eventType: "Party" }, ["eventType:enum"]],
    [{ name: "n", type: "Report", xid: "1", associatedGroupXid: "2" }, ["associatedGroupXid:type"]],
    [{ name: "n", type: "Report", xid: "1", associatedIndicators: [{ indicatorType: "URL", summary: "http://EXAMPLE.com" }] }, ["associatedIndicators[0].summary:url-host-lowercase"]],
    [{ name: "n", type: "Widget", xid: "1" }, ["type:unknown-type"]],
    [null, [":type"]],
  ] as const)("%j → %j", (item, expected) => {
    expect(fields(validateBatchGroup(item))).toEqual(expected);
  });
});
