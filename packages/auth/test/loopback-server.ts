import { createServer } from "node:http";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyRequest } from "../src/node.js";

/** What the loopback server saw and concluded for one request. */
export interface Seen {
  method: string;
  target: string;
  timestamp: string | undefined;
  body: string;
  contentType: string | undefined;
  result: unknown;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];

    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => { resolve(Buffer.concat(chunks).toString("utf8")); });
    request.on("error", reject);
  });
}

/**
 * Starts a server on 127.0.0.1 (OS-chosen port) that verifies every request
 * against the raw target it received, as a ThreatConnect server would.
 */
export async function startVerifyingServer(credentials: { accessId: string; secretKey: string; token?: string }) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const result = await verifyRequest({
        method: request.method ?? "",
        target: request.url ?? "",
        authorization: request.headers.authorization,
        timestamp: request.headers.timestamp as string | undefined,
        lookupSecret: (id) => (id === credentials.accessId ? credentials.secretKey : undefined),
        lookupToken: (token) => (token === credentials.token ? {} : undefined),
      });

      seen.push({
        method: request.method ?? "",
        target: request.url ?? "",
        timestamp: request.headers.timestamp as string | undefined,
        body: await readBody(request),
        contentType: request.headers["content-type"],
        result,
      });
      response.writeHead((result as { ok: boolean }).ok ? 200 : 403, { "content-type": "application/json" });
      response.end(JSON.stringify(result));
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  const { port } = server.address() as AddressInfo;

  return {
    seen,
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
  };
}
