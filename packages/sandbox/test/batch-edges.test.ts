import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import { batchStatus } from "./batch-helpers.js";
import { call, callJson, dataOf } from "./helpers.js";

describe("batch validation", () => {
  it("rejects the §13 spellings the server refuses instead of silently repairing them", async () => {
    const sandbox = createSandbox();
    const refused = [
      { type: "ASN", summary: "AS 12345" },
      { type: "CIDR", summary: "abc:def:10::/48" },
      { type: "Host", summary: "österreich.icom.museum" },
      { type: "URL", summary: "http://EXAMPLE.com/" },
      { type: "Registry Key", summary: "HKLM\\Software : v : REG_SZ" },
    ];
    const status = await batchStatus(sandbox, { indicator: refused });
    expect(status).toMatchObject({ errorCount: refused.length, successCount: 0 });
    const all = await callJson(sandbox, "GET", "/v2/indicators?filters=active%3Dtrue,active%3Dfalse&orParams=true");
    expect(dataOf(all.json, "resultCount")).toBe(0);
  });
});

describe("batch errors", () => {
  it("lists an unresolved associatedGroups/associatedIndicators entry that it counted as an error", async () => {
    const sandbox = createSandbox();
    const doc = { indicator: [{ type: "Host", summary: "a.example.com", associatedGroups: [{ groupXid: "missing" }] }] };
    const status = await batchStatus(sandbox, doc);
    expect(status.errorCount).toBe(1);

    const errors = await call(sandbox, "GET", `/v2/batch/${status.id}/errors`);
    expect(errors.status).toBe(200);
    expect(JSON.parse(await errors.text())).toEqual([expect.objectContaining({ errorReason: expect.stringContaining("group xid missing") as unknown })]);
  });
});

describe("batch haltOnError", () => {
  it("counts the association section as unprocessed when an indicator halts the job", async () => {
    const sandbox = createSandbox();
    const doc = {
      indicator: [{ type: "Host", summary: "a.example.com" }, { type: "Host", summary: "bad host" }, { type: "Host", summary: "b.example.com" }],
      association: [{ ref_1: "a.example.com", type_1: "Host", ref_2: "b.example.com", type_2: "Host" }, { ref_1: "x", ref_2: "y" }],
    };
    expect(await batchStatus(sandbox, doc, true)).toMatchObject({ successCount: 1, errorCount: 1, unprocessCount: 3 });
  });
});

describe("casePreference", () => {
  it("folds ASN to upper and CIDR to lower case as the type descriptors say, in REST and batch", async () => {
    const sandbox = createSandbox();
    const asn = await callJson(sandbox, "POST", "/v2/indicators/asns", { body: { "AS Number": "asn54321" } });
    expect(asn.status).toBe(201);
    expect(dataOf(asn.json, "asn")).toMatchObject({ "AS Number": "ASN54321" });
    const cidr = await callJson(sandbox, "POST", "/v2/indicators/cidrBlocks", { body: { Block: "ABC:DEF:11:0:0:0:0:0/48" } });
    expect(dataOf(cidr.json, "cidrBlock")).toMatchObject({ Block: "abc:def:11:0:0:0:0:0/48" });

    expect(await batchStatus(sandbox, { indicator: [{ type: "ASN", summary: "asn777" }] })).toMatchObject({ errorCount: 0, successCount: 1 });
    expect((await callJson(sandbox, "GET", "/v2/indicators/asns/ASN777")).status).toBe(200);
  });
});
