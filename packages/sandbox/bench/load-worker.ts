import { parentPort, workerData } from "node:worker_threads";
import { sign } from "@tcapi/auth";
import { measureRps } from "./http-load.js";

/** Runs in its own thread so the load generator and the server under test use separate cores. */
interface Job { url: string; target: string; accessId: string; secretKey: string; concurrency: number; durationMs: number }

const job = workerData as Job;
let headers: Record<string, string> = {};

async function refresh(): Promise<void> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signed = await sign({ accessId: job.accessId, secretKey: job.secretKey, method: "GET", target: job.target, timestamp });
  headers = { ...signed, Timestamp: String(timestamp) };
}

await refresh();
const timer = setInterval(() => { void refresh(); }, 250);
const rps = await measureRps(job.url, () => headers, job.concurrency, job.durationMs);
clearInterval(timer);
parentPort?.postMessage(rps);
