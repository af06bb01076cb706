import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";
import { readFixtureText } from "@tcapi/test-fixtures";

interface Status { id: number; status: string; errorCount: number; successCount: number; unprocessCount: number }

async function createJob(sandbox: Sandbox, extra: Record<string, unknown> = {}): Promise<number> {
  const res = await callJson(sandbox, "POST", "/v2/batch", {
    body: { version: "V2", owner: sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append", ...extra },
  });
  expect(res.status).toBe(201);
  return dataOf(res.json, "batchId") as number;
}

async function upload(sandbox: Sandbox, id: number, doc: unknown): Promise<Response> {
  return call(sandbox, "POST", `/v2/batch/${id}`, { raw: JSON.stringify(doc) });
}

async function finished(sandbox: Sandbox, id: number): Promise<Status> {
  for (;;) {
    const status = dataOf((await callJson(sandbox, "GET", `/v2/batch/${id}`)).json, "batchStatus") as Status;
    if (status.status === "Completed") return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const tmp = mkdtempSync(join(tmpdir(), "tcapi-sandbox-"));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("batch API", () => {
  it("creates indicators, groups, tags, labels and associations from a V2 document", async () => {
    const sandbox = createSandbox();
    const id = await createJob(sandbox);
    const doc = JSON.parse(readFixtureText("019-post-batch-12345-req.json")) as { association: unknown[] };
    doc.association = doc.association.slice(0, 1);
    const res = await upload(sandbox, id, doc);
    expect(res.status).toBe(202);
    const status = await finished(sandbox, id);
    expect(status).toMatchObject({ errorCount: 0, successCount: 3, unprocessCount: 0 });

    const host = dataOf((await callJson(sandbox, "GET", "/v2/indicators/hosts/badguyz.com?includeTags=true")).json, "host") as { tag: { name: string }[] };
    expect(host.tag.map((t) => t.name)).toEqual(["Ransomware"]);
    const groups = dataOf((await callJson(sandbox, "GET", "/v2/indicators/hosts/badguyz.com/groups")).json, "group") as { name: string }[];
    expect(groups.map((g) => g.name)).toEqual(["Ransomware Attack at Company ABC"]);
    expect((await callJson(sandbox, "GET", `/v2/batch/${id}/errors`)).status).toBe(404);
  });

  it("stops at the first error with haltOnError and counts the rest as unprocessed", async () => {
    const sandbox = createSandbox();
    const id = await createJob(sandbox, { haltOnError: true });
    await upload(sandbox, id, { indicator: [{ type: "Host", summary: "a.example.com" }, { type: "Address", summary: "nope" }, { type: "Host", summary: "b.example.com" }] });
    expect(await finished(sandbox, id)).toMatchObject({ successCount: 1, errorCount: 1, unprocessCount: 1 });
    const results = (await callJson(sandbox, "GET", `/v2/batch/${id}/results?code=0x1005`)).json as unknown as { code: string; errorReason: string }[];
    expect(results[0]?.code).toBe("0x1005");
  });

  it("deletes matching indicators with the Delete action", async () => {
    const sandbox = createSandbox();
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "gone.example.com" } });
    const id = await createJob(sandbox, { action: "Delete" });
    await upload(sandbox, id, [{ type: "Host", summary: "gone.example.com" }, { type: "Host", summary: "never.example.com" }]);
    expect(await finished(sandbox, id)).toMatchObject({ successCount: 1, errorCount: 1 });
    expect((await call(sandbox, "GET", "/v2/indicators/hosts/gone.example.com")).status).toBe(404);
  });

  it("applies attribute and tag write types", async () => {
    const sandbox = createSandbox();
    const run = async (extra: Record<string, unknown>, attribute: unknown[], tag: unknown[]): Promise<void> => {
      const id = await createJob(sandbox, extra);
      await upload(sandbox, id, { indicator: [{ type: "Host", summary: "w.example.com", attribute, tag }] });
      await finished(sandbox, id);
    };
    await run({}, [{ type: "Description", value: "one" }], [{ name: "A" }]);
    await run({ attributeWriteType: "Append", tagWriteType: "Append" }, [{ type: "Description", value: "two" }], [{ name: "B" }]);
    const attrs = async (): Promise<string[]> => (dataOf((await callJson(sandbox, "GET", "/v2/indicators/hosts/w.example.com/attributes")).json, "attribute") as { value: string }[]).map((a) => a.value);
    const tags = async (): Promise<string[]> => (dataOf((await callJson(sandbox, "GET", "/v2/indicators/hosts/w.example.com/tags")).json, "tag") as { name: string }[]).map((t) => t.name);
    expect(await attrs()).toEqual(["one", "two"]);
    expect(await tags()).toEqual(["A", "B"]);
    await run({ attributeWriteType: "Replace", tagWriteType: "Replace" }, [{ type: "Description", value: "three" }], [{ name: "C" }]);
    expect(await attrs()).toEqual(["three"]);
    expect(await tags()).toEqual(["C"]);
    await run({ attributeWriteType: "Static" }, [{ type: "Source", value: "ignored" }], []);
    expect(await attrs()).toEqual(["three"]);
  });

  it("refuses uploads over 2,000,000 bytes and jobs over 25,000 indicators", async () => {
    const sandbox = createSandbox();
    const id = await createJob(sandbox);
    const big = await upload(sandbox, id, { indicator: [{ type: "Host", summary: "x".repeat(2_000_001) }] });
    expect(big.status).toBe(400);
    expect(await big.json()).toEqual({ status: "Invalid", description: "File size greater than allowable limit of 2000000" });

    const many = Array.from({ length: 25_001 }, (_, i) => ({ type: "Address", summary: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
    await upload(sandbox, id, { indicator: many });
    const status = await finished(sandbox, id);
    expect(status).toMatchObject({ successCount: 0, errorCount: 1, unprocessCount: 25_001 });
    const errors = (await callJson(sandbox, "GET", `/v2/batch/${id}/errors`)).json as unknown as { errorReason: string }[];
    expect(errors[0]?.errorReason).toMatch(/exceed the number of allowed indicators/);
  });

  it("reports Batch still in Running state while queued", async () => {
    const sandbox = createSandbox({ batchProcessingDelayMs: 200 });
    const id = await createJob(sandbox);
    await upload(sandbox, id, []);
    const early = await callJson(sandbox, "GET", `/v2/batch/${id}/errors`);
    expect(early.status).toBe(400);
    expect(early.json.status).toBe("Invalid");
    expect(await finished(sandbox, id)).toMatchObject({ status: "Completed" });
  });

  it("imports 100,000 indicators with 1% invalid values: exact counts and every bad value named", async () => {
    const sandbox = createSandbox();
    const bad = new Set<string>();
    let success = 0;
    let errors = 0;
    const named: string[] = [];
    for (let job = 0; job < 4; job++) {
      const indicators = Array.from({ length: 25_000 }, (_, i) => {
        const n = job * 25_000 + i;
        if (n % 100 === 0) {
          const value = `bad host ${n}`;
          bad.add(value);
          return { type: "Host", summary: value };
        }
        return { type: "Host", summary: `h${n}.example.com`, rating: 3 };
      });
      const id = await createJob(sandbox);
      const res = await upload(sandbox, id, { indicator: indicators });
      expect(res.status).toBe(202);
      const status = await finished(sandbox, id);
      success += status.successCount;
      errors += status.errorCount;
      const list = (await callJson(sandbox, "GET", `/v2/batch/${id}/errors`)).json as unknown as { errorReason: string; errorSource: string }[];
      for (const e of list) named.push((JSON.parse(e.errorSource) as { summary: string }).summary);
    }
    expect(success).toBe(99_000);
    expect(errors).toBe(1_000);
    expect(new Set(named)).toEqual(bad);
    const count = dataOf((await callJson(sandbox, "GET", "/v2/indicators/hosts?resultLimit=1")).json, "resultCount");
    expect(count).toBe(99_000);
  }, 300_000);

  it("keeps the store in a data file between runs", async () => {
    const dataFile = join(tmp, "store.json");
    const first = createSandbox({ dataFile });
    await callJson(first, "POST", "/v2/indicators/hosts", { body: { hostName: "kept.example.com", rating: 2 } });
    await callJson(first, "POST", "/v2/indicators/hosts/kept.example.com/tags/Kept");
    await first.flush();
    const second = createSandbox({ dataFile });
    const host = dataOf((await callJson(second, "GET", "/v2/indicators/hosts/kept.example.com?includeTags=true")).json, "host") as { rating: number; tag: { name: string }[] };
    expect(host.rating).toBe(2);
    expect(host.tag.map((t) => t.name)).toEqual(["Kept"]);
    const next = dataOf((await callJson(second, "POST", "/v2/indicators/hosts", { body: { hostName: "new.example.com" } })).json, "host") as { id: number };
    expect(next.id).toBeGreaterThan(100);
  });

  it("loads seed data in the batch format at start", async () => {
    const sandbox = createSandbox({ seed: [{ indicator: [{ type: "Address", summary: "10.0.0.1", tag: [{ name: "Seeded" }] }] }] });
    expect((await call(sandbox, "GET", "/v2/indicators/addresses/10.0.0.1")).status).toBe(200);
    expect(() => createSandbox({ seed: { indicator: [{ type: "Address", summary: "999.0.0.1" }] } })).toThrow(/indicator\[0\]/);
  });
});
