import { spawn } from "node:child_process";

/** A loopback server in a child process, so its CPU time is not counted as the client's. */
export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

// Plain JS for the child: /api/v2/owners answers a small envelope; /api/v2/indicators
// generates pages of a 1,000,000-item listing on the fly.
const SERVER_SOURCE = `
const { createServer } = require("node:http");
const small = JSON.stringify({ status: "Success", data: { resultCount: 1, owner: [{ id: 1, name: "Example Organization", type: "Organization" }] } });
const TOTAL = 1000000;
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname === "/api/v2/indicators") {
    const start = Number(url.searchParams.get("resultStart") || 0);
    const limit = Number(url.searchParams.get("resultLimit") || 100);
    const items = [];
    for (let i = start; i < Math.min(TOTAL, start + limit); i++) {
      items.push({ id: i, ownerName: "Example Organization", type: "Host", dateAdded: "2024-01-01T00:00:00Z", rating: 3, confidence: 50, summary: "host" + i + ".example.com" });
    }
    const data = start === 0 ? { resultCount: TOTAL, indicator: items } : { indicator: items };
    const body = JSON.stringify({ status: "Success", data });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(small) });
  res.end(small);
});
server.keepAliveTimeout = 30000;
server.listen(0, "127.0.0.1", () => process.stdout.write(server.address().port + "\\n"));
`;

/** Starts the bench server on 127.0.0.1 with an OS-chosen port. */
export async function startBenchServer(): Promise<BenchServer> {
  const child = spawn(process.execPath, ["-e", SERVER_SOURCE], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve) => {
    child.stdout.once("data", (chunk: Buffer) => { resolve(Number(chunk.toString().trim())); });
  });
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => { resolve(); });
        child.kill();
      }),
  };
}
