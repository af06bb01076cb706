import { requestTarget, sign } from "@tcapi/auth";
import type { Sandbox } from "../src/index.js";

export interface CallOptions {
  body?: unknown;
  raw?: string | Uint8Array;
  contentType?: string;
  accept?: string;
  timestamp?: number;
}

/** Signed request through sandbox.fetch (or a listening URL); the path is signed exactly as given. */
export async function call(sandbox: Sandbox, method: string, path: string, options: CallOptions = {}, base = "http://127.0.0.1"): Promise<Response> {
  // Sign what goes on the wire: the Request constructor normalises the URL (e.g. a space → %20).
  const url = `${base}/api${path}`;
  const target = requestTarget(url);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { ...(await sign({ accessId: sandbox.accessId, secretKey: sandbox.secretKey, method, target, timestamp })) };
  headers.Timestamp = String(timestamp);
  if (options.accept !== undefined) headers.Accept = options.accept;
  let body: string | Uint8Array | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    headers["Content-Type"] = options.contentType ?? "application/octet-stream";
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] = options.contentType ?? "application/json";
  }
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = body;
  const request = new Request(url, init);
  return sandbox.fetch(request);
}

/** call() and parse the JSON body. */
export async function callJson(sandbox: Sandbox, method: string, path: string, options: CallOptions = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await call(sandbox, method, path, options);
  const text = await res.text();
  return { status: res.status, json: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

/** `data[key]` of a Success envelope. */
export function dataOf(json: Record<string, unknown>, key: string): unknown {
  return (json.data as Record<string, unknown> | undefined)?.[key];
}
