import { describe, expect, it } from "vitest";
import { checkSchema, schemas, type BatchIndicator, type BatchProgress } from "../src/index.js";
import { collect } from "./support/collect.js";
import { sandboxClient } from "./support/sandbox-client.js";

const fast = { poll: { initialDelayMs: 5, maxDelayMs: 20 } };

async function* hosts(count: number): AsyncGenerator<BatchIndicator> {
  for (let i = 0; i < count; i++) {
    // Yield to the event loop like a real reader would between items.
    await Promise.resolve();
    yield { type: "Host", summary: `h${i}.example.com`, rating: 2 };
  }
}

describe.each(["json", "xml"] as const)("batch and bulk against the sandbox (%s)", (format) => {
  it("imports a V2 document of indicators, groups and associations", async () => {
    const { client } = sandboxClient(format);
    const progress: BatchProgress[] = [];

    const result = await client.batch.import(
      {
        indicator: [{ type: "Host", summary: "a.example.com" }, { type: "Address", summary: "10.1.1.1", tag: [{ name: "batch" }] }],
        group: [{ type: "Incident", name: "From batch", xid: "inc-1", eventDate: "2024-01-01T00:00:00Z" }],
        association: [{ ref_1: "inc-1", ref_2: "a.example.com", type_2: "Host" }],
      },
      { ...fast, onProgress: (p) => progress.push(p) },
    );

    expect(result.errorCount).toBe(0);
    expect(result.successCount).toBeGreaterThanOrEqual(3);
    expect(result.jobs).toHaveLength(1);
    expect(progress.at(-1)).toMatchObject({ submitted: 4, failed: 0, jobs: 1 });

    expect((await client.indicators.hosts.get("a.example.com")).hostName).toBe("a.example.com");
    const incidents = await collect(client.groups.incidents.list());
    expect(incidents.map((g) => g.name)).toEqual(["From batch"]);
    const linked = await collect(client.groups.incidents.at(incidents[0]!.id).indicators.list());
    expect(linked.map((i) => i.summary)).toEqual(["a.example.com"]);
  });

  it("splits a streamed import into jobs by indicator count and reports progress", async () => {
    const { client } = sandboxClient(format);
    const progress: BatchProgress[] = [];

    const result = await client.batch.import(hosts(25), { ...fast, maxIndicatorsPerJob: 10, concurrency: 2, onProgress: (p) => progress.push(p) });

    expect(result.jobs.map((j) => j.items)).toEqual([10, 10, 5]);
    expect(result.successCount).toBe(25);
    expect(progress.at(-1)).toEqual({ submitted: 25, succeeded: 25, failed: 0, jobs: 3 });
    expect(await collect(client.indicators.hosts.list())).toHaveLength(25);
  });

  it("splits by serialised size and keeps every upload under the byte limit", async () => {
    const { client } = sandboxClient(format);
    const result = await client.batch.import(hosts(40), { ...fast, maxBytesPerJob: 1000 });
    expect(result.jobs.length).toBeGreaterThan(2);
    for (const job of result.jobs) expect(job.bytes).toBeLessThanOrEqual(1000);
    expect(result.successCount).toBe(40);
  });

  it("reports invalid items and server-side errors without losing the rest", async () => {
    const { client } = sandboxClient(format);
    const result = await client.batch.import(
      [{ type: "Host", summary: "good.example.com" }, { type: "ASN", summary: "AS 1" }, { type: "Host", summary: "ok.example.org", confidence: 500 }],
      fast,
    );
    expect(result.successCount).toBe(1);
    expect(result.errorCount).toBe(2);
    expect(result.errors.map((e) => e.errorReason).join("\n")).toMatch(/AS 1[\s\S]*confidence/i);
    await expect(client.batch.import([{ type: "ASN", summary: "AS 1" }], { ...fast, invalid: "throw" })).rejects.toThrow(/AS 1/);
  });

  it("runs the single batch steps and reads status and errors", async () => {
    const { client, sandbox } = sandboxClient(format);
    const id = await client.batch.create({ owner: sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append" });
    await client.batch.upload(id, JSON.stringify({ indicator: [{ type: "Host", summary: "s.example.com" }] }));
    const status = await client.batch.wait(id, fast.poll);
    expect(checkSchema(schemas.batchStatusSchema, status)).toEqual([]);
    expect(status).toMatchObject({ status: "Completed", successCount: 1 });
    expect(await client.batch.errors(id)).toEqual([]);
  });

  it("reads bulk status and streams the JSON and CSV reports", async () => {
    const { client } = sandboxClient(format);
    await client.batch.import(hosts(3), fast);

    const status = await client.bulk.status();
    expect(checkSchema(schemas.bulkStatusSchema, status)).toEqual([]);
    const items = await collect(client.bulk.indicators({ runNow: true }));
    expect(items.map((i) => i.summary).sort()).toEqual(["h0.example.com", "h1.example.com", "h2.example.com"]);
    const rows = await collect(client.bulk.csvRows({ runNow: true }));
    expect(rows.map((r) => r.Value).sort()).toEqual(["h0.example.com", "h1.example.com", "h2.example.com"]);
    expect(rows[0]?.Type).toBe("Host");
  });

  it("creates custom metrics, records data and sends notifications", async () => {
    const { client } = sandboxClient(format);
    const metric = await client.customMetrics.create({ name: "tasksCompleted", dataType: "Sum", interval: "Daily", keyedValues: false, description: "Done" });
    expect(checkSchema(schemas.customMetricConfigSchema, metric)).toEqual([]);
    expect(await client.customMetrics.addData("tasksCompleted", { value: 2 })).toBeUndefined();
    const value = await client.customMetrics.addData("tasksCompleted", { value: 3 }, { returnValue: true });
    expect(value?.value).toBe(5);
    await expect(client.customMetrics.create({ name: "", dataType: "Sum", interval: "Daily", keyedValues: false })).rejects.toThrow(/name/);
    await client.notifications.send({ message: "Hello", notificationType: "Alert", priority: "high", isOrganization: true });
  });
});
