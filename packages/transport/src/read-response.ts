import type { AttemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { createApiError } from "./create-api-error.js";
import { decodeBody } from "./decode-body.js";
import { TcApiError, TcTimestampError } from "./errors.js";
import { excerptBody, MAX_SERVER_MESSAGE, truncate } from "./excerpt-body.js";
import { parseRetryAfter } from "./parse-retry-after.js";
import type { SendResponse } from "./sender.js";
import { ERROR_BODY_LIMIT } from "./read-capped-text.js";
import { guardBody } from "./transport-error.js";
import { failureMessage, unwrapEnvelope } from "./unwrap-envelope.js";

/**
 * Server text with every known secret and the credential of the latest attempt masked (a
 * server may echo either back). Masking comes before any cut, which could split a secret.
 */
function masked(call: Call, text: string): string {
  const clean = call.engine.redactor.text(text);
  const credential = call.sentCredential;
  return credential === undefined || credential.length < 8 ? clean : clean.split(credential).join("***");
}

/** A server message as errors carry it: masked, then cut to a readable length. */
function tidyMessage(call: Call, message: string): string {
  return truncate(masked(call, message), MAX_SERVER_MESSAGE);
}

/** A one-line excerpt of a body that is no JSON or XML message. */
function excerptOf(call: Call, text: string): string {
  // Bodies of successes are not capped like error bodies; the excerpt needs only the start.
  return excerptBody(masked(call, text.length > ERROR_BODY_LIMIT ? text.slice(0, ERROR_BODY_LIMIT) : text));
}

/** The typed error for a response with status >= 400, with a redacted server message. */
export function decodeError(text: string, response: SendResponse, call: Call): TcApiError {
  const context = { status: response.status, method: call.request.method, path: call.path };

  let body: unknown;
  try {
    body = decodeBody(text, response.header("content-type"));
  } catch {
    body = undefined;
  }
  const message = failureMessage(body);
  const serverMessage =
    message !== undefined ? tidyMessage(call, message) : /\S/.test(text) ? excerptOf(call, text) : undefined;
  const hint = parseRetryAfter((name) => response.header(name), Date.now());
  return createApiError({ ...context, serverMessage, retryAfterMs: hint.delayMs });
}

function decodeSuccess(text: string, response: SendResponse, call: Call, listKey: string | undefined): unknown {
  try {
    return decodeBody(text, response.header("content-type"), listKey);
  } catch (error) {
    const excerpt = excerptOf(call, text);
    throw new TcApiError(
      { status: response.status, method: call.request.method, path: call.path, serverMessage: `unreadable response body: ${excerpt}`, cause: error },
    );
  }
}

/** Reads and decodes a successful response, then unwraps the envelope unless told not to. */
export async function readData(call: Call, response: SendResponse, link: AttemptSignal, listKey: string | undefined): Promise<unknown> {
  const { engine, request } = call;
  const decoded = decodeSuccess(await guardBody(response.text(), response, call, link), response, call, listKey);
  if (request.envelope === false) return decoded;

  const context = {
    status: response.status,
    method: request.method,
    get path() {
      return call.path;
    },
    tidy: (message: string) => tidyMessage(call, message),
  };
  try {
    return unwrapEnvelope(decoded, context);
  } catch (error) {
    if (error instanceof TcTimestampError) engine.config.clock.learn(response.header("date"));
    throw error;
  }
}

/** A redirect is never followed: the signed target would no longer match the one sent. */
export function redirectError(call: Call, response: SendResponse): TcApiError {
  const location = call.engine.redactor.url(response.header("location") ?? "an unnamed location");
  const serverMessage = `redirected to ${location}; point baseUrl at the final address`;
  return new TcApiError({ status: response.status, method: call.request.method, path: call.path, serverMessage });
}
