import { createApiError } from "./create-api-error.js";
import type { TcApiError } from "./errors.js";

/** Where the body came from, for error messages. */
export interface EnvelopeContext {
  status: number;
  method: string;
  path: string;
  /** Cleans a server message for an error (trims it, masks secrets). */
  tidy?: (message: string) => string;
}

// A batch job's state, sent as the top-level status of a 2xx body (reference §4.4, §12.1).
const BATCH_STATES: ReadonlySet<unknown> = new Set(["Created", "Queued", "Running", "Completed"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The message a failure body carries: `message`, or `description` on batch failures. */
export function failureMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const message = body.message ?? body.description;
  return typeof message === "string" ? message : undefined;
}

/** True when a Success body carries its fields at the top level instead of under `data`. */
function hasTopLevelFields(body: Record<string, unknown>): boolean {
  return Object.keys(body).some((key) => key !== "status" && key !== "message");
}

/**
 * Returns `data` of a `{status: "Success"}` envelope (reference §4.1) and throws for any
 * other status, whatever the HTTP status was. Bodies without `status` (bulk downloads, batch
 * results), batch states and a Success body with its fields at the top level (anonymous
 * members) are returned whole (reference §4.4).
 */
export function unwrapEnvelope(body: unknown, context: EnvelopeContext): unknown {
  if (!isRecord(body) || !("status" in body)) return body;
  if (body.status === "Success") {
    if ("data" in body) return body.data;
    return hasTopLevelFields(body) ? body : undefined;
  }
  if (context.status < 300 && BATCH_STATES.has(body.status)) return body;

  throw failureError(body, context);
}

/** The error for a Failure envelope or a failed HTTP status. */
export function failureError(body: unknown, context: EnvelopeContext): TcApiError {
  const status = isRecord(body) && typeof body.status === "string" ? body.status : undefined;
  const message = failureMessage(body);
  const serverMessage =
    message !== undefined
      ? (context.tidy?.(message) ?? message)
      : status === undefined ? undefined : `status "${context.tidy?.(status) ?? status}"`;
  const { status: httpStatus, method, path } = context;
  return createApiError({ status: httpStatus, method, path, serverMessage });
}
