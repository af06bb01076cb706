import type { Call } from "./call.js";
import type { Engine } from "./engine.js";
import type { SendResponse } from "./sender.js";

/** Sends one redacted debug line, if a debug logger is set. */
export function debugLine(call: Call, line: string): void {
  call.engine.debug?.(`tcapi ${line}`);
}

/** True when a hook or the debug logger wants to see attempts. */
export function isObserved(engine: Engine): boolean {
  return engine.onRequest !== undefined || engine.onResponse !== undefined || engine.debug !== undefined;
}

/** Reports an outgoing attempt to onRequest and debug, redacted. */
export function notifyRequest(call: Call, headers: Record<string, string>, attemptNo: number): void {
  const { engine, request } = call;
  const url = engine.redactor.url(call.url);
  const shown = engine.redactor.headers(headers);
  engine.onRequest?.({ method: request.method, url, headers: shown, attempt: attemptNo });
  debugLine(call, `→ ${request.method} ${url} attempt ${attemptNo} ${JSON.stringify(shown)}`);
}

/** Reports a response to onResponse and debug, redacted. */
export function notifyResponse(call: Call, response: SendResponse, attemptNo: number, started: number): void {
  const { engine, request } = call;
  const url = engine.redactor.url(call.url);
  const durationMs = Date.now() - started;
  const headers = engine.redactor.headers(Object.fromEntries(response.headers()));
  engine.onResponse?.({ method: request.method, url, status: response.status, headers, attempt: attemptNo, durationMs });
  debugLine(call, `← ${response.status} ${request.method} ${url} ${durationMs}ms`);
}
