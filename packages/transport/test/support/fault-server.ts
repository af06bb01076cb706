import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyRequest, type VerifyResult } from "@tcapi/auth";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** Test credentials: long enough to be searched for in captured output. */
export const ACCESS_ID = "12345678901234567890";
export const SECRET_KEY = "s3cr3t-KEY-must-never-leak-0123456789abcdef";
export const TOKEN = "APIV2:430:c8mTcH:1234567890123:T0kenMustNeverLeak0ujNbkrqEB3RlpplzNL3=";

/** What the server saw of one request. */
export interface Seen {
  method: string;
  target: string;
  timestamp: string | undefined;
  authorization: string | undefined;
  verified: VerifyResult;
  body: string;
}

/** A scripted reaction to one request; consumed in order, then `route` answers. */
export type Fault =
  | { kind: "reset" }
  | { kind: "status"; status: number; body?: string | Buffer; headers?: Record<string, string> }
  | { kind: "slow"; delayMs: number };

/** A reply from a route handler. */
export interface Reply {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export interface FaultServer {
  /** Base URL with the /api prefix, as on the cloud. */
  readonly url: string;
  readonly seen: Seen[];
  faults: Fault[];
  route: (seen: Seen, url: URL) => Reply;
  /** Server clock offset from local time (ms). */
  clockOffsetMs: number;
  close(): Promise<void>;
}

const MESSAGES: Record<string, string> = {
  "signature-mismatch": "Signature data did not match expected result",
  "timestamp-out-of-range": "Timestamp out of acceptable time range",
  "invalid-timestamp": "Invalid timestamp",
  "unknown-access-id": "Access Denied",
  "malformed-header": "Access Denied",
  "expired-token": "Unauthorized",
  "unknown-token": "Unauthorized",
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => { resolve(Buffer.concat(chunks).toString("utf8")); });
    req.on("error", reject);
  });
}

function send(res: ServerResponse, server: FaultServer, reply: Reply): void {
  const body = reply.body ?? "";
  res.writeHead(reply.status ?? 200, {
    "content-type": "application/json",
    date: new Date(Date.now() + server.clockOffsetMs).toUTCString(),
    "content-length": Buffer.byteLength(body),
    ...reply.headers,
  });
  res.end(body);
}

/** A JSON envelope body. */
export function success(data?: unknown): Reply {
  return { body: JSON.stringify(data === undefined ? { status: "Success" } : { status: "Success", data }) };
}

function unstartedFaultServer(): FaultServer {
  return { url: "", seen: [], faults: [], route: () => success(), clockOffsetMs: 0, close: () => Promise.resolve() };
}

/**
 * One fault server for a whole test file: started before its tests, put back to a clean state
 * (no requests seen, no faults, no clock offset, the given route) before each, closed after.
 */
export function useFaultServer(route: FaultServer["route"] = () => success()): FaultServer {
  const state = unstartedFaultServer();

  beforeAll(async () => {
    await startFaultServer(state);
  });
  afterAll(async () => {
    await state.close();
  });
  beforeEach(() => {
    state.seen.length = 0;
    state.faults = [];
    state.clockOffsetMs = 0;
    state.route = route;
  });

  return state;
}

/**
 * Starts a fault-injecting v2 lookalike on 127.0.0.1 (OS-chosen port). Every request's
 * signature is verified over the raw request target with @tcapi/auth.
 */
export async function startFaultServer(state: FaultServer = unstartedFaultServer()): Promise<FaultServer> {

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(",") : value;
      };
      const verified = await verifyRequest({
        method: req.method ?? "GET",
        target: req.url ?? "/",
        authorization: header("authorization"),
        timestamp: header("timestamp"),
        lookupSecret: (id) => (id === ACCESS_ID ? SECRET_KEY : undefined),
        lookupToken: (token) => (token === TOKEN ? {} : undefined),
        now: () => Date.now() + state.clockOffsetMs,
      });
      const seen: Seen = {
        method: req.method ?? "GET",
        target: req.url ?? "/",
        timestamp: header("timestamp"),
        authorization: header("authorization"),
        verified,
        body,
      };
      state.seen.push(seen);

      const fault = state.faults.shift();
      if (fault?.kind === "reset") {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === "slow") await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault?.kind === "status") {
        send(res, state, { status: fault.status, body: fault.body ?? "", headers: fault.headers ?? {} });
        return;
      }

      if (!verified.ok) {
        const status = verified.reason === "expired-token" || verified.reason === "unknown-token" ? 401 : 403;
        send(res, state, { status, body: JSON.stringify({ status: "Failure", message: MESSAGES[verified.reason] }) });
        return;
      }
      if (res.destroyed) return;
      send(res, state, state.route(seen, new URL(seen.target, "http://127.0.0.1")));
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(state, {
    url: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  });
  return state;
}
