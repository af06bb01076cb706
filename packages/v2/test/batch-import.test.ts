import { describe, expect, it } from "vitest";
import { batchImport } from "../src/batch-import.js";
import type { BatchSteps } from "../src/batch.js";
import { TcValidationError, type BatchIndicator, type BatchProgress } from "../src/index.js";

/** Steps that record each uploaded document and complete every job at once. */
function fakeSteps(options: { failOnJob?: number; errorsPerJob?: number } = {}) {
  const documents: { id: number; body: unknown; bytes: number }[] = [];
  let next = 0;
  let live = 0;
  let maxLive = 0;
  const steps: BatchSteps = {
    create: () => {
      next += 1;
      live += 1;
      maxLive = Math.max(maxLive, live);
      if (next === options.failOnJob) return Promise.reject(new Error("server down"));
      return Promise.resolve(next);
    },
    upload: (batchId, document) => {
      const text = document as string;
      documents.push({ id: batchId, body: JSON.parse(text), bytes: new TextEncoder().encode(text).byteLength });
      return Promise.resolve();
    },
    status: (batchId) => Promise.resolve({ id: batchId, status: "Completed" }),
    wait: async (batchId) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      live -= 1;
      const document = documents.find((d) => d.id === batchId)!.body as { indicator: unknown[]; group: unknown[]; association: unknown[] };
      const items = document.indicator.length + document.group.length + document.association.length;
      const errors = options.errorsPerJob ?? 0;
      return { id: batchId, status: "Completed", successCount: items - errors, errorCount: errors, unprocessCount: 0 };
    },
    errors: (batchId) => Promise.resolve(Array.from({ length: options.errorsPerJob ?? 0 }, () => ({ errorReason: `bad in ${batchId}` }))),
    results: () => Promise.resolve([]),
  };
  return { steps, documents, maxLive: () => maxLive, live: () => live };
}

function* hosts(count: number, label = "h"): Generator<BatchIndicator> {
  for (let i = 0; i < count; i++) yield { type: "Host", summary: `${label}${i}.example.com` };
}

describe("batchImport", () => {
  it("keeps each job within the indicator limit and preserves order", async () => {
    const { steps, documents } = fakeSteps();
    const result = await batchImport(steps, hosts(23), { maxIndicatorsPerJob: 10 });
    expect(documents.map((d) => (d.body as { indicator: unknown[] }).indicator.length)).toEqual([10, 10, 3]);
    const summaries = documents.flatMap((d) => (d.body as { indicator: { summary: string }[] }).indicator.map((i) => i.summary));
    expect(summaries).toEqual([...hosts(23)].map((h) => h.summary));
    expect(result).toMatchObject({ successCount: 23, errorCount: 0, unprocessedCount: 0 });
  });

  it("measures UTF-8 bytes, so multi-byte values split earlier", async () => {
    const { steps, documents } = fakeSteps();
    const items = Array.from({ length: 30 }, (_, i) => ({ type: "Host", summary: `h${i}.example.com`, description: "ü".repeat(100) }));
    await batchImport(steps, items, { maxBytesPerJob: 1500 });
    expect(documents.length).toBeGreaterThan(3);
    for (const document of documents) expect(document.bytes).toBeLessThanOrEqual(1500);
  });

  it("places associations after indicators and groups in each document", async () => {
    const { steps, documents } = fakeSteps();
    await batchImport(steps, [
      { ref_1: "g1", ref_2: "a.example.com", type_2: "Host" },
      { type: "Incident", name: "I", xid: "g1", eventDate: "2024-01-01T00:00:00Z" },
      { type: "Host", summary: "a.example.com" },
    ]);
    expect(Object.keys(documents[0]!.body as object)).toEqual(["indicator", "group", "association"]);
    expect(documents[0]!.body).toMatchObject({ indicator: [{ summary: "a.example.com" }], group: [{ xid: "g1" }], association: [{ ref_1: "g1" }] });
  });

  it("runs at most `concurrency` jobs at once and reports progress", async () => {
    const { steps, maxLive } = fakeSteps({ errorsPerJob: 1 });
    const progress: BatchProgress[] = [];
    const result = await batchImport(steps, hosts(50), { maxIndicatorsPerJob: 5, concurrency: 3, onProgress: (p) => progress.push(p) });
    expect(maxLive()).toBeLessThanOrEqual(3);
    expect(result.errorCount).toBe(10);
    expect(result.errors).toHaveLength(10);
    expect(progress.at(-1)).toEqual({ submitted: 50, succeeded: 40, failed: 10, jobs: 10 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.submitted).toBeGreaterThanOrEqual(progress[i - 1]!.submitted);
  });

  it("stops reading the input after a job fails and rejects with that failure", async () => {
    const { steps } = fakeSteps({ failOnJob: 2 });
    let read = 0;
    function* counted() {
      for (const item of hosts(1000)) {
        read += 1;
        yield item;
      }
    }
    await expect(batchImport(steps, counted(), { maxIndicatorsPerJob: 10 })).rejects.toThrow("server down");
    expect(read).toBeLessThan(1000);
  });

  it("reports invalid items without sending them, unless validation is turned off", async () => {
    const checked = fakeSteps();
    const result = await batchImport(checked.steps, [{ type: "Host", summary: "bad host" }, { type: "Host", summary: "ok.example" }]);
    expect(result.errors.map((e) => e.errorSource)).toEqual(['{"type":"Host","summary":"bad host"}']);
    expect((checked.documents[0]!.body as { indicator: unknown[] }).indicator).toHaveLength(1);

    const trusted = fakeSteps();
    await batchImport(trusted.steps, [{ type: "Host", summary: "bad host" }], { validate: false });
    expect((trusted.documents[0]!.body as { indicator: unknown[] }).indicator).toHaveLength(1);
  });

  it("lets running jobs finish before rejecting with an input failure", async () => {
    const { steps, live } = fakeSteps();
    function* broken() {
      yield* hosts(35);
      throw new Error("feed broke");
    }
    await expect(batchImport(steps, broken(), { maxIndicatorsPerJob: 10, concurrency: 3 })).rejects.toThrow("feed broke");
    expect(live()).toBe(0);
  });

  it("stops at the first failed job with haltOnError", async () => {
    const { steps, documents } = fakeSteps({ errorsPerJob: 1 });
    let read = 0;
    function* counted() {
      for (const item of hosts(100)) {
        read += 1;
        yield item;
      }
    }
    const result = await batchImport(steps, counted(), { maxIndicatorsPerJob: 10, haltOnError: true });
    expect(documents).toHaveLength(1);
    expect(result.errorCount).toBe(1);
    expect(read).toBeLessThan(100);
  });

  it("sends what came before the first invalid item with haltOnError, and nothing after", async () => {
    const { steps, documents } = fakeSteps();
    const input = [...hosts(3), { type: "Host", summary: "bad host" }, ...hosts(3, "after")];
    const result = await batchImport(steps, input, { haltOnError: true });
    const sent = documents.flatMap((d) => (d.body as { indicator: { summary: string }[] }).indicator.map((i) => i.summary));
    expect(sent).toEqual([...hosts(3)].map((h) => h.summary));
    expect(result).toMatchObject({ successCount: 3, errorCount: 1 });
  });

  it("refuses input that is not a list or document with a validation error", async () => {
    const { steps, documents } = fakeSteps();
    for (const input of [null, '{"indicator":[]}', 7]) {
      const error = await batchImport(steps, input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TcValidationError);
      expect((error as Error).message).toMatch(/array or \(async\) iterable/);
    }
    expect(documents).toEqual([]);
  });

  it("reports items that are not objects as errors", async () => {
    const { steps, documents } = fakeSteps();
    const result = await batchImport(steps, [1, null, "x", undefined, { type: "Host", summary: "ok.example" }] as never);
    expect(result.errors.map((e) => e.errorReason)).toEqual(Array(4).fill(expect.stringMatching(/must be an object/)));
    expect((documents[0]!.body as { indicator: unknown[] }).indicator).toHaveLength(1);

    const unchecked = await batchImport(steps, [undefined, () => 1] as never, { validate: false });
    expect(unchecked.errorCount).toBe(2);
    expect(documents).toHaveLength(1);
  });

  it("stops waiting for a stalled input when the signal aborts", async () => {
    const { steps } = fakeSteps();
    async function* stalled() {
      yield* hosts(5);
      await new Promise(() => undefined);
    }
    const controller = new AbortController();
    setTimeout(() => {
      controller.abort(new Error("stop now"));
    }, 20);
    await expect(batchImport(steps, stalled(), { signal: controller.signal })).rejects.toThrow("stop now");
  });

  it("refuses out-of-range limits with the allowed range", async () => {
    const { steps } = fakeSteps();
    await expect(batchImport(steps, [], { maxIndicatorsPerJob: 30_000 })).rejects.toThrow(/1 to 25000/);
    await expect(batchImport(steps, [], { maxBytesPerJob: 0 })).rejects.toThrow(/1 to 2000000/);
  });
});
