import type { AttemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { createApiError } from "./create-api-error.js";
import { decodeBody } from "./decode-body.js";
import { TcApiError, TcTimestampError } from "./errors.js";
import { excerptBody } from "./excerpt-body.js";
import { parseRetryAfter } from "./parse-retry-after.js";
import type { SendResponse } from "./sender.js";
import { guard } from "./transport-error.js";
import { failureMessage, unwrapEnvelope } from "./unwrap-envelope.js";

/** The typed error for a response with status >= 400, with a redacted server message. */
export function decodeError(text: string, response: SendResponse, call: Call): TcApiError {
  const context = { status: response.status, method: call.request.method, path: call.path };

  let body: unknown;
  try {
    body = decodeBody(text, response.header("content-type"));
  } catch {
    body = undefined;
  }
  const message = failureMessage(body) ?? (text.trim() === "" ? undefined : excerptBody(text));
  const serverMessage = message === undefined ? undefined : call.engine.redactor.text(message);
  const hint = parseRetryAfter((name) => response.header(name), Date.now());
  return createApiError({ ...context, serverMessage, retryAfterMs: hint.delayMs });
}

function decodeSuccess(text: string, response: SendResponse, call: Call, listKey: string | undefined): unknown {
  try {
    return decodeBody(text, response.header("content-type"), listKey);
  } catch (error) {
    const excerpt = call.engine.redactor.text(excerptBody(text));
    throw new TcApiError(
      { status: response.status, method: call.request.method, path: call.path, serverMessage: `unreadable response body: ${excerpt}`, cause: error },
    );
  }
}

/** Reads and decodes a successful response, then unwraps the envelope unless told not to. */
export async function readData(call: Call, response: SendResponse, link: AttemptSignal, listKey: string | undefined): Promise<unknown> {
  const { engine, request } = call;
  const decoded = decodeSuccess(await guard(response.text(), call, link), response, call, listKey);
  if (request.envelope === false) return decoded;

  const context = {
    status: response.status,
    method: request.method,
    get path() {
      return call.path;
    },
  };
  try {
    return unwrapEnvelope(decoded, context);
  } catch (error) {
    if (error instanceof TcTimestampError) engine.config.clock.learn(response.header("date"));
    throw error;
  }
}
