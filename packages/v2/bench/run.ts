import { createTransport } from "@tcapi/transport";
import { createSandbox } from "@tcapi/sandbox";
import { createClient, type BatchIndicator } from "../src/index.js";
import { batchServer } from "./batch-server.js";

/**
 * batch.import of 1,000,000 indicators from an async generator, against a minimal in-process
 * batch endpoint: peak memory growth during the import, and throughput against posting the
 * same pre-serialised job bodies with the bare transport in the same run. A smaller import
 * against the in-process sandbox is reported for reference.
 */

const TOTAL = Number(process.env.BENCH_INDICATORS ?? 1_000_000);
const SANDBOX_TOTAL = Number(process.env.BENCH_SANDBOX_INDICATORS ?? 50_000);
const credentials = { accessId: "bench", secretKey: "bench-secret", env: {}, owner: "Example Organization" };
const fast = { initialDelayMs: 1, maxDelayMs: 5 };

function indicator(i: number): BatchIndicator {
  return { type: "Host", summary: `host-${i}.example.com`, rating: 3, confidence: 50 };
}

async function* indicators(count: number): AsyncGenerator<BatchIndicator> {
  for (let i = 0; i < count; i++) {
    // A real source (file, socket) yields to the event loop now and then.
    if (i % 1000 === 0) await Promise.resolve();
    yield indicator(i);
  }
}

function sampler() {
  const start = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  const take = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed - start.heapUsed);
    rss = Math.max(rss, now.rss - start.rss);
  };
  const timer = setInterval(take, 20);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return { heapMb: heap / 2 ** 20, rssMb: rss / 2 ** 20 };
    },
  };
}

async function clientRun(validate: boolean) {
  const server = batchServer();
  const client = createClient({ ...credentials, baseUrl: "http://127.0.0.1/api", fetch: server.fetch });
  global.gc?.();
  const memory = sampler();
  const started = performance.now();
  const result = await client.batch.import(indicators(TOTAL), { poll: fast, validate });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, memory: memory.stop(), result, uploads: server.uploads, bytes: server.bytes };
}

/** The same job bodies, serialised before the clock starts, posted with the bare transport. */
async function baselineRun(jobSizes: number[]) {
  const bodies: string[] = [];
  let offset = 0;
  for (const size of jobSizes) {
    const items: string[] = [];
    for (let i = offset; i < offset + size; i++) items.push(JSON.stringify(indicator(i)));
    bodies.push(`{"indicator":[${items.join(",")}],"group":[],"association":[]}`);
    offset += size;
  }

  const server = batchServer();
  const transport = createTransport({ ...credentials, baseUrl: "http://127.0.0.1/api", fetch: server.fetch });
  const started = performance.now();
  for (const body of bodies) {
    const data = await transport.request<{ batchId: number }>({
      method: "POST", path: "/v2/batch", owner: null,
      body: { version: "V2", owner: credentials.owner, haltOnError: false, action: "Create", attributeWriteType: "Replace" },
    });
    const params = { batchId: data.batchId };
    await transport.request({ method: "POST", path: "/v2/batch/{batchId}", params, body, contentType: "application/octet-stream", owner: null, envelope: false });
    await transport.request({ method: "GET", path: "/v2/batch/{batchId}", params, owner: null, envelope: false });
  }
  return { seconds: (performance.now() - started) / 1000 };
}

async function sandboxRun() {
  const sandbox = createSandbox({ batchProcessingDelayMs: 0 });
  const client = createClient({
    baseUrl: sandbox.baseUrl, accessId: sandbox.accessId, secretKey: sandbox.secretKey, owner: sandbox.organization, env: {},
    fetch: (input, init) => sandbox.fetch(new Request(input, init)),
  });
  const started = performance.now();
  const result = await client.batch.import(indicators(SANDBOX_TOTAL), { poll: fast });
  return { seconds: (performance.now() - started) / 1000, result };
}

const run = await clientRun(true);
const unchecked = await clientRun(false);
const baseline = await baselineRun(run.result.jobs.map((j) => j.items));
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString("en-US");

console.log(`batch.import of ${TOTAL.toLocaleString("en-US")} indicators from an async generator (minimal in-process batch endpoint)`);
console.log(`  jobs: ${run.result.jobs.length}, uploads: ${run.uploads}, bytes uploaded: ${(run.bytes / 1e6).toFixed(1)} MB, largest job: ${Math.max(...run.result.jobs.map((j) => j.bytes))} bytes`);
console.log(`  succeeded: ${run.result.successCount}, failed: ${run.result.errorCount}`);
console.log(`  peak memory growth: heap ${run.memory.heapMb.toFixed(1)} MB, rss ${run.memory.rssMb.toFixed(1)} MB (budget 150 MB)`);
console.log(`  client:   ${run.seconds.toFixed(2)} s = ${rate(TOTAL, run.seconds)} indicators/s (validation, serialisation, splitting, polling)`);
console.log(`  client without item validation (validate: false): ${unchecked.seconds.toFixed(2)} s = ${rate(TOTAL, unchecked.seconds)} indicators/s, peak heap ${unchecked.memory.heapMb.toFixed(1)} MB`);
console.log(`  baseline: ${baseline.seconds.toFixed(2)} s = ${rate(TOTAL, baseline.seconds)} indicators/s (same bodies pre-serialised, bare transport)`);
console.log(`  ratio client/baseline time: ${(run.seconds / baseline.seconds).toFixed(2)}x (without validation ${(unchecked.seconds / baseline.seconds).toFixed(2)}x)`);

const sandbox = await sandboxRun();
console.log(`reference: ${SANDBOX_TOTAL.toLocaleString("en-US")} indicators into the in-process sandbox: ${sandbox.seconds.toFixed(2)} s = ${rate(SANDBOX_TOTAL, sandbox.seconds)} indicators/s, succeeded ${sandbox.result.successCount}`);

if (run.memory.heapMb > 150 || run.memory.rssMb > 150) {
  console.error("peak memory growth exceeded the 150 MB budget");
  process.exitCode = 1;
}
