import { createAttemptSignal, type AttemptSignal } from "./attempt-signal.js";
import { type Call, prepareCall } from "./call.js";
import type { Engine } from "./engine.js";
import { TcApiError, TcTimestampError } from "./errors.js";
import { debugLine, isObserved, notifyRequest, notifyResponse } from "./observe-attempt.js";
import { parseRetryAfter } from "./parse-retry-after.js";
import { prepareBody } from "./prepare-body.js";
import { ERROR_BODY_LIMIT, readCappedText } from "./read-capped-text.js";
import { decodeError, readData, redirectError } from "./read-response.js";
import { backoffDelay, isRetryable } from "./retry-policy.js";
import type { SendResponse } from "./sender.js";
import { guard, guardBody } from "./transport-error.js";
import { holdForBudget, waitFor } from "./wait-for.js";
import type { TcRequest } from "./types.js";

/** What the caller wants back: decoded data, or the response to stream. */
export type ResultMode = { kind: "data"; listKey?: string | undefined } | { kind: "stream" };

async function headersFor(call: Call, contentType: string | undefined): Promise<Record<string, string>> {
  const auth = await call.engine.config.auth.headers({ method: call.request.method, target: call.target });
  // "TC id:signature" → the signature; "TC-Token token" → the token.
  call.sentCredential = /^\S+\s+(?:[^:\s]*:)?(\S+)$/.exec(auth.Authorization ?? "")?.[1];
  const headers: Record<string, string> = { Accept: call.accept, ...auth };
  if (contentType !== undefined) headers["Content-Type"] = contentType;
  return headers;
}

function noteRateLimit(engine: Engine, response: SendResponse): void {
  // Only a spent budget matters, so most responses skip the parsing.
  if (response.header("x-ratelimit-remaining") === null) return;
  const hint = parseRetryAfter((name) => response.header(name), Date.now());
  if (hint.exhausted && hint.delayMs !== undefined) engine.blockedUntil = Date.now() + hint.delayMs;
}

async function attempt(call: Call, attemptNo: number, mode: ResultMode, link: AttemptSignal): Promise<unknown> {
  const { engine, request } = call;
  const prepared = prepareBody(request);
  const headers = await headersFor(call, prepared.contentType);
  const observed = isObserved(engine);
  if (observed) notifyRequest(call, headers, attemptNo);

  const started = Date.now();
  const sent = engine.sender.send({
    method: request.method,
    url: call.url,
    origin: engine.config.baseUrl.origin,
    target: call.target,
    headers,
    ...(prepared.body === undefined ? {} : { body: prepared.body }),
    signal: link.signal,
    timeoutMs: link.timeoutMs,
  });
  const response = await guard(sent, call, link);
  if (observed) notifyResponse(call, response, attemptNo, started);
  noteRateLimit(engine, response);

  // Browsers report a manual redirect as an opaque response with status 0.
  if (response.status < 200 || (response.status >= 300 && response.status < 400)) throw redirectError(call, response);
  if (response.status >= 400) {
    const text = await guardBody(readCappedText(response, ERROR_BODY_LIMIT), response, call, link);
    const error = decodeError(text, response, call);
    if (error instanceof TcTimestampError) engine.config.clock.learn(response.header("date"));
    throw error;
  }
  return mode.kind === "stream" ? response : readData(call, response, link, mode.listKey);
}

/** The wait before the next attempt: backoff, or longer when the server asked for longer. */
function retryDelay(error: unknown, attemptNo: number, call: Call): number {
  const delay = backoffDelay(attemptNo, call.engine.config.retry);
  const hinted = error instanceof TcApiError ? error.retryAfterMs : undefined;
  return hinted === undefined ? delay : Math.max(hinted, delay);
}

// undici's timers tick about once a second, so they may fire up to a second late: fine for
// long limits (the default is 60 s), too coarse for short ones, which get a precise timer.
const NATIVE_TIMEOUT_MIN_MS = 5_000;

function usesNativeTimeouts(engine: Engine, deadlineAt: number): boolean {
  const limit = Math.min(engine.config.timeoutMs, deadlineAt - Date.now());
  return engine.sender.nativeTimeouts && limit >= NATIVE_TIMEOUT_MIN_MS;
}

/**
 * Runs one call: signs every attempt afresh, retries what the policy allows, corrects the
 * clock once on a timestamp failure, and returns decoded data or the response to stream.
 */
export async function executeRequest(engine: Engine, request: TcRequest, mode: ResultMode): Promise<unknown> {
  const call = prepareCall(engine, request);
  const { retry } = engine.config;
  const retryPost = request.retryPost ?? retry.retryPost;
  const attempts = request.body instanceof ReadableStream ? 1 : retry.attempts;
  let skewRetried = false;

  for (let attemptNo = 1; ; attemptNo++) {
    await holdForBudget(call);

    const link = createAttemptSignal(
      [request.signal, engine.signal],
      engine.config.timeoutMs,
      call.deadlineAt,
      !usesNativeTimeouts(engine, call.deadlineAt),
    );
    try {
      const result = await attempt(call, attemptNo, mode, link);
      // A stream outlives this function: stop the timers but let the caller's signal still
      // cancel the body.
      if (mode.kind === "stream") link.stopTimers();
      else link.dispose();
      return result;
    } catch (error) {
      link.dispose();

      if (error instanceof TcTimestampError && !skewRetried) {
        skewRetried = true;
        attemptNo--;
        debugLine(call, `clock offset now ${engine.config.clock.offsetMs}ms; signing again`);
        continue;
      }

      const deadlineLeft = call.deadlineAt - Date.now();
      if (attemptNo >= attempts || !isRetryable(error, request.method, retryPost)) throw error;
      const delay = retryDelay(error, attemptNo, call);
      // Retrying before the server's Retry-After would only be refused again: give up instead.
      if (delay >= deadlineLeft || delay > retry.maxDelayMs) throw error;

      debugLine(call, `retry in ${delay}ms after ${(error as Error).message}`);
      await waitFor(call, delay);
    }
  }
}
