import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { createSandbox, startSandbox } from "../src/index.js";
import { call } from "../test/helpers.js";
import { loadIndicators } from "./load-indicators.js";

const CONCURRENCY = 16;
const DURATION_MS = 2_000;
const ROUNDS = 5;
const INDICATORS = 1_000_000;
const PAGE_REPEATS = 200;

/** Run the load generator in a worker thread and return requests per second. */
function loadFromWorker(url: string, target: string, accessId: string, secretKey: string, durationMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    // Workers do not inherit tsx's loader, so register it before importing the TypeScript worker.
    const entry = JSON.stringify(new URL("./load-worker.ts", import.meta.url).href);
    const worker = new Worker(`import("tsx/esm/api").then((m) => { m.register(); return import(${entry}); })`, {
      eval: true,
      workerData: { url, target, accessId, secretKey, concurrency: CONCURRENCY, durationMs },
    });
    worker.once("message", (rps: number) => { resolve(rps); void worker.terminate(); });
    worker.once("error", reject);
  });
}

/**
 * Signed GET /v2/owners per second: the sandbox vs a bare node:http server sending the same body.
 * Rounds alternate between the two; each round pair gives a ratio and the median ratio is
 * reported, so a burst of other work on a shared machine skews one pair, not the result.
 */
async function ownersThroughput(): Promise<{ sandbox: number; bare: number; ratio: number; ratios: number[]; sandboxUs: number; bareUs: number }> {
  const sandbox = await startSandbox({ port: 0 });
  const target = "/api/v2/owners";
  const body = await (await call(sandbox, "GET", "/v2/owners", {}, sandbox.url.replace(/\/api$/, ""))).text();

  const bare = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}${target}`;

  // Main-thread busy time per request (event-loop utilisation) is reported too: it is what the
  // server spends, and is far less sensitive to the load generator being starved of CPU.
  const cost: Record<string, number[]> = { sandbox: [], bare: [] };
  const measure = async (url: string, ms: number, label?: "sandbox" | "bare"): Promise<number> => {
    const before = performance.eventLoopUtilization();
    const started = performance.now();
    const rps = await loadFromWorker(url, target, sandbox.accessId, sandbox.secretKey, ms);
    const busy = performance.eventLoopUtilization(before).active;
    if (label) cost[label]?.push((busy * 1000) / (rps * ((performance.now() - started) / 1000)));
    return rps;
  };
  const run = (url: string, ms: number): Promise<number> => measure(url, ms, ms === DURATION_MS ? (url === bareUrl ? "bare" : "sandbox") : undefined);
  await run(`${sandbox.url}/v2/owners`, 500);
  await run(bareUrl, 500);
  const sandboxRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    sandboxRuns.push(await run(`${sandbox.url}/v2/owners`, DURATION_MS));
    bareRuns.push(await run(bareUrl, DURATION_MS));
  }

  await sandbox.close();
  await new Promise<void>((resolve) => bare.close(() => { resolve(); }));
  const ratios = sandboxRuns.map((s, i) => s / (bareRuns[i] ?? s));
  return {
    sandbox: median(sandboxRuns), bare: median(bareRuns), ratio: median(ratios), ratios,
    sandboxUs: median(cost.sandbox ?? []), bareUs: median(cost.bare ?? []),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Mean time for one page of 100 at page 1 and page 100 of a 1,000,000-indicator listing. */
async function pagingCost(): Promise<{ first: number; hundredth: number; loadMs: number }> {
  const sandbox = createSandbox();
  const started = performance.now();
  await loadIndicators(sandbox, INDICATORS);
  const loadMs = performance.now() - started;

  const timePage = async (start: number): Promise<number> => {
    const path = `/v2/indicators/addresses?resultStart=${start}&resultLimit=100`;
    for (let i = 0; i < 20; i++) await (await call(sandbox, "GET", path)).arrayBuffer();
    const t = performance.now();
    for (let i = 0; i < PAGE_REPEATS; i++) {
      const res = await call(sandbox, "GET", path);
      if (res.status !== 200) throw new Error(`bench: page at ${start} answered ${res.status}`);
      await res.arrayBuffer();
    }
    return (performance.now() - t) / PAGE_REPEATS;
  };
  const first = await timePage(0);
  const hundredth = await timePage(9_900);
  return { first, hundredth, loadMs };
}

const owners = await ownersThroughput();
console.log(`GET /v2/owners (signed, ${CONCURRENCY} in flight, ${ROUNDS} alternating ${DURATION_MS / 1000}s round pairs, load generator in a worker thread):`);
console.log(`  median sandbox ${owners.sandbox.toFixed(0)} req/s, bare node:http ${owners.bare.toFixed(0)} req/s`);
console.log(`  median ratio ${owners.ratio.toFixed(2)} (target >= 0.5); per pair ${owners.ratios.map((r) => r.toFixed(2)).join(", ")}`);
console.log(`  server main-thread time per request: sandbox ${owners.sandboxUs.toFixed(0)} µs, bare ${owners.bareUs.toFixed(0)} µs (cost ratio bare/sandbox ${(owners.bareUs / owners.sandboxUs).toFixed(2)})`);

const paging = await pagingCost();
const pagingRatio = paging.hundredth / paging.first;
console.log(`Listing ${INDICATORS.toLocaleString("en-US")} indicators (loaded through the batch API in ${(paging.loadMs / 1000).toFixed(1)}s):`);
console.log(`  page 1 ${paging.first.toFixed(3)} ms, page 100 ${paging.hundredth.toFixed(3)} ms, ratio ${pagingRatio.toFixed(2)} (target <= 2)`);
console.log(`  heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
