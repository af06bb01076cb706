import { createApiError } from "./create-api-error.js";
import type { TcApiError } from "./errors.js";

/** Where the body came from, for error messages. */
export interface EnvelopeContext {
  status: number;
  method: string;
  path: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The message a failure body carries: `message`, or `description` on batch failures. */
export function failureMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const message = body.message ?? body.description;
  return typeof message === "string" ? message : undefined;
}

/**
 * Returns `data` of a `{status: "Success"}` envelope (reference §4.1) and throws for any
 * other status, whatever the HTTP status was. Bodies without `status` (bulk downloads, batch
 * results; reference §4.4) are returned whole.
 */
export function unwrapEnvelope(body: unknown, context: EnvelopeContext): unknown {
  if (!isRecord(body) || !("status" in body)) return body;
  if (body.status === "Success") return body.data;

  throw failureError(body, context);
}

/** The error for a Failure envelope or a failed HTTP status. */
export function failureError(body: unknown, context: EnvelopeContext): TcApiError {
  const status = isRecord(body) && typeof body.status === "string" ? body.status : undefined;
  const serverMessage =
    failureMessage(body) ?? (status === undefined ? undefined : `status "${status}"`);
  return createApiError({ ...context, serverMessage });
}
