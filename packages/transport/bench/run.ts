// Compares the client against bare baselines measured in the same run on the same server.
import { createHmac } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { XMLParser } from "fast-xml-parser";
import { Agent, request } from "undici";
// The built package, as users run it (`build` runs before `bench`).
import { createTransport as createNodeTransport } from "../dist/node.js";
import { createTransport as createWebTransport, decodeXml } from "../dist/index.js";
import { startBenchServer } from "./bench-server.js";

const ACCESS_ID = "bench-access-id";
const SECRET = "bench-secret-key-0123456789";
const DURATION_MS = Number(process.env.BENCH_MS ?? 2_000);

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function handSigned(target: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", SECRET).update(`${target}:GET:${timestamp}`).digest("base64");
  return { Accept: "application/json", Timestamp: String(timestamp), Authorization: `TC ${ACCESS_ID}:${signature}` };
}

interface Rate {
  rps: number;
  /** Client-process CPU per request (the server is another process), robust to machine load. */
  cpuUs: number;
}

async function rate(concurrency: number, once: () => Promise<unknown>): Promise<Rate> {
  const end = Date.now() + DURATION_MS;
  let count = 0;
  const worker = async () => {
    while (Date.now() < end) {
      await once();
      count++;
    }
  };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { rps: count / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / count };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function throughput(baseUrl: string): Promise<void> {
  const url = `${baseUrl}/v2/owners`;
  const target = new URL(url).pathname;
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const options = { baseUrl, accessId: ACCESS_ID, secretKey: SECRET, env: {} };
  const client = createNodeTransport(options);
  const fetchClient = createWebTransport({ ...options, fetch: globalThis.fetch });

  const bareUndici = async () => {
    const response = await request(url, { method: "GET", headers: handSigned(target), dispatcher: agent });
    return (await response.body.json() as { data: unknown }).data;
  };
  const bareFetch = async () => {
    const response = await fetch(url, { headers: handSigned(target) });
    return (await response.json() as { data: unknown }).data;
  };
  const viaClient = () => client.request({ method: "GET", path: "/v2/owners" });
  const viaFetchClient = () => fetchClient.request({ method: "GET", path: "/v2/owners" });

  console.log(`\nthroughput (${DURATION_MS}ms per run, median of 3 interleaved runs; CPU = client process µs per request)`);
  const runners = { undici: bareUndici, client: viaClient, fetch: bareFetch, fetchClient: viaFetchClient };
  for (const concurrency of [1, 16]) {
    const results: Record<string, Rate[]> = { undici: [], client: [], fetch: [], fetchClient: [] };
    await rate(concurrency, viaClient); // warm up pools and JIT
    await rate(concurrency, bareUndici);
    for (let round = 0; round < 3; round++) {
      for (const [name, run] of Object.entries(runners)) results[name]!.push(await rate(concurrency, run));
    }
    const m = (name: string, key: keyof Rate) => median(results[name]!.map((r) => r[key]));
    const line = (label: string, ours: string, base: string) =>
      `    ${label}: ${m(ours, "rps").toFixed(0)} vs ${m(base, "rps").toFixed(0)} req/s → ratio ${(m(ours, "rps") / m(base, "rps")).toFixed(2)}` +
      ` | CPU ${m(ours, "cpuUs").toFixed(0)} vs ${m(base, "cpuUs").toFixed(0)} µs/req → ${(m(base, "cpuUs") / m(ours, "cpuUs")).toFixed(2)}`;
    console.log(`  concurrency ${concurrency}`);
    console.log(line("client (undici) vs bare undici request (target ≥ 0.85)", "client", "undici"));
    console.log(line("client (undici) vs bare fetch", "client", "fetch"));
    console.log(line("client (injected fetch) vs bare fetch", "fetchClient", "fetch"));
  }
  await agent.close();
}

function hostPage(count: number): string {
  const hosts: string[] = [];
  for (let i = 0; i < count; i++) {
    hosts.push(
      `<Host><Id>${i}</Id><OwnerName>Example Organization</OwnerName><DateAdded>2024-01-01T00:00:00Z</DateAdded>` +
        `<LastModified>2024-01-02T00:00:00Z</LastModified><Rating>3.00</Rating><Confidence>50</Confidence>` +
        `<ThreatAssessRating>3.0</ThreatAssessRating><ThreatAssessConfidence>50.0</ThreatAssessConfidence>` +
        `<WebLink>https://app.threatconnect.com/auth/indicators/details/host.xhtml?host=h${i}.example.com&amp;owner=Example</WebLink>` +
        `<HostName>h${i}.example.com</HostName><DnsActive>false</DnsActive><WhoisActive>false</WhoisActive></Host>`,
    );
  }
  return `<hostsResponse><Status>Success</Status><Data xsi:type="hostListResponseData" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><ResultCount>${count}</ResultCount>${hosts.join("")}</Data></hostsResponse>`;
}

function xmlDecoding(): void {
  const xml = hostPage(10_000);
  const bare = new XMLParser();
  const time = (fn: () => unknown) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i++) {
    bare.parse(xml);
    decodeXml(xml);
  }
  const bareTimes: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 9; i++) {
    bareTimes.push(time(() => bare.parse(xml)));
    ours.push(time(() => decodeXml(xml)));
  }
  const b = median(bareTimes);
  const o = median(ours);
  console.log(`\nXML decode of a 10,000-host page (${(xml.length / 1e6).toFixed(1)} MB, median of 9)`);
  console.log(`  bare fast-xml-parser ${b.toFixed(1)}ms | decodeXml ${o.toFixed(1)}ms → ${(o / b).toFixed(2)}× (target ≤ 1.3×)`);
}

async function pagingMemory(baseUrl: string): Promise<void> {
  const client = createNodeTransport({ baseUrl, accessId: ACCESS_ID, secretKey: SECRET, env: {} });
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = heapBefore;
  let peakRss = rssBefore;
  let count = 0;
  let sum = 0;
  const started = performance.now();

  for await (const item of client.paginate<{ id: number }>({ method: "GET", path: "/v2/indicators" })) {
    count++;
    sum += item.id;
    if (count % 2_500 === 0) {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const expectedSum = (999_999 * 1_000_000) / 2;
  console.log(`\npaging 1,000,000 items at 10,000 a page (${seconds.toFixed(1)}s, every item once: ${count === 1_000_000 && sum === expectedSum})`);
  console.log(
    `  peak heapUsed growth ${((peakHeap - heapBefore) / 1e6).toFixed(1)} MB | peak RSS growth ${((peakRss - rssBefore) / 1e6).toFixed(1)} MB (target < 100 MB)`,
  );
}

const server = await startBenchServer();
try {
  console.log(`@tcapi/transport bench — node ${process.version}, server in a child process on ${server.url}`);
  await pagingMemory(server.url);
  await throughput(server.url);
  xmlDecoding();
} finally {
  await server.close();
}
