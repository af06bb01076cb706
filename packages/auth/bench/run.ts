// Signatures per second through this package against bare baselines measured
// in the same run, on the same strings. Prints ratios (package / baseline);
// targets: at least 0.9 for the node path, 0.8 for the WebCrypto path.
// Measures the built files (run `pnpm run build` first), as users load them.
import { createHmac, createSecretKey } from "node:crypto";
import type { KeyObject } from "node:crypto";
import * as nodeApi from "../dist/node.js";
import * as webApi from "../dist/index.js";

const SECRET = "bench-secret-0123456789abcdef";
const TARGETS = [
  "/api/v2/owners",
  "/api/v2/indicators/hosts/example.com?owner=Common%20Community",
  "/api/v2/batch/12345",
  "/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F?owner=Demo+Customer+Community",
  "/api/v2/groups/incidents/12345/tags/Phishing?resultStart=0&resultLimit=100",
];
const TIMESTAMP = 1513703787;
const METHODS = ["GET", "GET", "POST", "DELETE", "PUT"];
const MESSAGES = TARGETS.map((target, i) => `${target}:${METHODS[i] ?? "GET"}:${String(TIMESTAMP)}`);
const ROUNDS = 101;

type Loop = (count: number) => unknown;

// Process CPU time rather than wall time: on a shared machine the wall clock
// also counts time this process spent waiting for a core.
async function opsPerSecond(loop: Loop, count: number): Promise<number> {
  const start = process.cpuUsage();

  await loop(count);

  const used = process.cpuUsage(start);

  return count / ((used.user + used.system) / 1e6);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);

  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Runs many short candidate/baseline pairs, alternating which goes first, and
 * reports the median of the per-pair ratios: on a shared, loaded machine a
 * load spike then hits both halves of a pair instead of one whole series.
 */
async function compare(name: string, candidate: Loop, baseline: Loop, count: number, target?: number) {
  await candidate(count * 4);
  await baseline(count * 4);

  const ours: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];

  for (let round = 0; round < ROUNDS; round += 1) {
    const first = round % 2 === 0;
    const a = first ? await opsPerSecond(candidate, count) : 0;
    const b = await opsPerSecond(baseline, count);
    const c = first ? a : await opsPerSecond(candidate, count);

    ours.push(c);
    bare.push(b);
    ratios.push(c / b);
  }

  const ratio = median(ratios);
  const verdict = target === undefined
    ? "for information"
    : `target ${String(target)}: ${ratio >= target ? "ok" : "BELOW TARGET"}`;

  console.log(
    `${name.padEnd(44)} ${Math.round(median(ours)).toLocaleString("en").padStart(10)}/s  baseline ${Math.round(median(bare)).toLocaleString("en").padStart(10)}/s  ratio ${ratio.toFixed(3)}  (${verdict})`,
  );

  return ratio;
}

// Bare baselines. `fromParts`: build the message from the request's parts in
// the loop, as any caller of createHmac must when it signs a request; the
// package's functions that take parts are compared with that.
function createHmacLoop(key: string | KeyObject, fromParts: boolean): Loop {
  return (count) => {
    let last = "";

    for (let i = 0; i < count; i += 1) {
      const index = i % TARGETS.length;
      const message = fromParts
        ? `${TARGETS[index] ?? "/"}:${METHODS[index] ?? "GET"}:${String(TIMESTAMP)}`
        : (MESSAGES[index] ?? "");

      last = createHmac("sha256", key).update(message, "utf8").digest("base64");
    }

    return last;
  };
}

// The secret as a string, as a bare caller passes it.
const bareOnMessages = createHmacLoop(SECRET, false);
const bareOnParts = createHmacLoop(SECRET, true);

// The same key caching the node entry does (a KeyObject made once), shown so
// the gain from that cache is visible apart from the rest of the package.
const cachedKey = createSecretKey(Buffer.from(SECRET, "utf8"));
const cachedOnMessages = createHmacLoop(cachedKey, false);
const cachedOnParts = createHmacLoop(cachedKey, true);

const encoder = new TextEncoder();
const subtleKey = await crypto.subtle.importKey("raw", encoder.encode(SECRET), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);

async function subtleLoop(count: number): Promise<string> {
  let last = "";

  for (let i = 0; i < count; i += 1) {
    const mac = await crypto.subtle.sign("HMAC", subtleKey, encoder.encode(MESSAGES[i % MESSAGES.length] ?? ""));

    let binary = "";

    for (const byte of new Uint8Array(mac)) {
      binary += String.fromCharCode(byte);
    }

    last = btoa(binary);
  }

  return last;
}

// The package, same strings.
function computeLoop(api: typeof webApi): Loop {
  return async (count) => {
    let last = "";

    for (let i = 0; i < count; i += 1) {
      last = await api.computeSignature(SECRET, MESSAGES[i % MESSAGES.length] ?? "");
    }

    return last;
  };
}

function signLoop(api: typeof webApi): Loop {
  return async (count) => {
    let last = "";

    for (let i = 0; i < count; i += 1) {
      const index = i % TARGETS.length;
      const headers = await api.sign({ accessId: "1", secretKey: SECRET, method: METHODS[index] ?? "GET", target: TARGETS[index] ?? "/", timestamp: TIMESTAMP });

      last = headers.Authorization;
    }

    return last;
  };
}

function signSyncLoop(count: number): string {
  let last = "";

  for (let i = 0; i < count; i += 1) {
    const index = i % TARGETS.length;

    last = nodeApi.signSync({ accessId: "1", secretKey: SECRET, method: METHODS[index] ?? "GET", target: TARGETS[index] ?? "/", timestamp: TIMESTAMP }).Authorization;
  }

  return last;
}

function strategyLoop(api: typeof webApi): Loop {
  const auth = api.createHmacAuth({ accessId: "1", secretKey: SECRET, now: () => TIMESTAMP * 1000 });

  return async (count) => {
    let last = "";

    for (let i = 0; i < count; i += 1) {
      const index = i % TARGETS.length;

      last = (await auth.headers({ method: METHODS[index] ?? "GET", target: TARGETS[index] ?? "/" })).Authorization ?? "";
    }

    return last;
  };
}

// Sanity: every path computes the same signature as its baseline.
if ((await computeLoop(nodeApi)(1)) !== bareOnMessages(1) || (await computeLoop(webApi)(1)) !== (await subtleLoop(1))) {
  throw new Error("bench: package and baseline disagree");
}

console.log(`@tcapi/auth bench, node ${process.version}, ${String(ROUNDS)} alternating pairs, process CPU time, median of pair ratios`);
console.log("node path (node:crypto) vs bare createHmac loop on the same message strings:");

const nodeRatio = await compare("  computeSignature (node entry)", computeLoop(nodeApi), bareOnMessages, 2_000, 0.9);

console.log("node path vs bare createHmac loop building the message from the same parts:");

const signSyncRatio = await compare("  signSync (node entry)", signSyncLoop, bareOnParts, 2_000, 0.9);

await compare("  sign (node entry, async)", signLoop(nodeApi), bareOnParts, 2_000, 0.9);
await compare("  createHmacAuth().headers (node entry)", strategyLoop(nodeApi), bareOnParts, 2_000, 0.9);

console.log("node path vs createHmac with a KeyObject made once (the same key caching; shows the rest of the cost):");

await compare("  computeSignature (node entry)", computeLoop(nodeApi), cachedOnMessages, 2_000);
await compare("  signSync (node entry)", signSyncLoop, cachedOnParts, 2_000);

console.log("WebCrypto path vs bare crypto.subtle.sign loop (key imported once):");

const webRatio = await compare("  computeSignature (default entry)", computeLoop(webApi), subtleLoop, 500, 0.8);

await compare("  sign (default entry)", signLoop(webApi), subtleLoop, 500, 0.8);
await compare("  createHmacAuth().headers (default entry)", strategyLoop(webApi), subtleLoop, 500, 0.8);

console.log(`ratios: node ${nodeRatio.toFixed(3)} (computeSignature; signSync ${signSyncRatio.toFixed(3)}; target 0.9), webcrypto ${webRatio.toFixed(3)} (target 0.8)`);
