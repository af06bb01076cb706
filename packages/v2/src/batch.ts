import type { TcRequest } from "@tcapi/transport";
import { endpoint } from "./endpoint.js";
import type { Context } from "./context.js";
import { textChunks } from "./csv-rows.js";
import type { BatchError, BatchResult, BatchStatus } from "./entities.js";
import { jobBody, type BatchJobSettings } from "./batch-settings.js";
import { fail } from "./validation-error.js";
import { checkId } from "./validate.js";

/** How `wait` polls a job: exponential backoff between `initialDelayMs` and `maxDelayMs`. @public */
export interface PollOptions {
  /** @default 1000 */
  initialDelayMs?: number;
  /** @default 20000 */
  maxDelayMs?: number;
  /** Give up after this long. @default 3600000 */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Filters of `/v2/batch/{id}/results` (API reference §12.1). @public */
export interface BatchResultFilters {
  /** One code, starting with `0x`. */
  code?: string;
  /** Text in the reason or message. */
  contains?: string;
  severity?: "err" | "error" | "info" | "warn" | "warning";
}

/** The steps of a batch job, one call each (API reference §12.1). @public */
export interface BatchSteps {
  /** Creates a job and returns its id. */
  create(settings?: BatchJobSettings): Promise<number>;
  /** Uploads the input document; this starts processing. At most 2,000,000 bytes. */
  upload(batchId: number, document: string | Uint8Array | ReadableStream<Uint8Array>, options?: { signal?: AbortSignal }): Promise<void>;
  status(batchId: number, options?: { includeAdditional?: boolean; signal?: AbortSignal }): Promise<BatchStatus>;
  /** Polls until the job is `Completed`. */
  wait(batchId: number, options?: PollOptions): Promise<BatchStatus>;
  /** Error details; empty when the job had none. */
  errors(batchId: number, options?: { signal?: AbortSignal }): Promise<BatchError[]>;
  /** Error and warning results; empty when there are none. */
  results(batchId: number, options?: BatchResultFilters & { signal?: AbortSignal }): Promise<BatchResult[]>;
}

/** @internal */
export function createBatchSteps(ctx: Context): BatchSteps {
  const params = (batchId: number) => ({ batchId: checkId("batchId", batchId) });
  const raw = (request: TcRequest) => ctx.transport.request({ ...request, envelope: false });

  const status: BatchSteps["status"] = async (batchId, options = {}) => {
    const query = options.includeAdditional === true ? { includeAdditional: true } : {};
    const body = await raw(endpoint("GET /v2/batch/{batchId}", { params: params(batchId), query, owner: null, ...signal(options) }));
    return batchStatusOf(body, batchId);
  };

  return {
    create: async (settings = {}) => {
      const owner = settings.owner ?? ctx.transport.owner;
      if (owner === undefined || owner === "") {
        fail("owner", "required", "A batch job needs an owner; pass { owner: \"My Org\" } or configure the client's owner.");
      }
      const data = await ctx.transport.request(endpoint("POST /v2/batch", { body: jobBody(settings, owner), owner: null }));
      return batchIdOf(data);
    },
    upload: async (batchId, document, options = {}) => {
      const request = endpoint("POST /v2/batch/{batchId}", {
        params: params(batchId), body: document, contentType: "application/octet-stream", owner: null, ...signal(options),
      });

      // Answers 202 `{status: "Queued"}` without an envelope, or a Success envelope (§4.4).
      const body = await raw(request);
      const state = isRecord(body) ? body.status : undefined;
      if (state === "Invalid" || state === "Failure") {
        const text = isRecord(body) ? (body.description ?? body.message) : undefined;
        const reason = typeof text === "string" ? text : "no reason given";
        throw new Error(`@tcapi/v2: batch ${batchId} refused the upload: ${reason}`);
      }
    },
    status,
    wait: async (batchId, options = {}) => {
      const started = Date.now();
      let delay = options.initialDelayMs ?? 1000;
      const maxDelay = options.maxDelayMs ?? 20_000;
      const timeout = options.timeoutMs ?? 3_600_000;

      for (;;) {
        const current = await status(batchId, signal(options));
        if (current.status === "Completed") return current;
        if (Date.now() - started + delay > timeout) {
          throw new Error(
            `@tcapi/v2: batch ${batchId} was still ${current.status} after ${timeout} ms; check it later with batch.status(${batchId}).`,
          );
        }
        await sleep(delay, options.signal);
        delay = Math.min(maxDelay, Math.ceil(delay * 1.5));
      }
    },
    errors: async (batchId, options = {}) => {
      const request = endpoint("GET /v2/batch/{batchId}/errors", { params: params(batchId), owner: null, ...signal(options) });
      try {
        const response = await ctx.transport.stream(request);
        return await parseErrors(await readAll(response.body));
      } catch (error) {
        if (statusOf(error) === 404) return [];
        throw error;
      }
    },
    results: async (batchId, options = {}) => {
      const query: Record<string, string> = {};
      for (const key of ["code", "contains", "severity"] as const) {
        const value = options[key];
        if (value !== undefined) query[key] = value;
      }
      try {
        const body = await raw(endpoint("GET /v2/batch/{batchId}/results", { params: params(batchId), query, owner: null, ...signal(options) }));
        return Array.isArray(body) ? (body as BatchResult[]) : [];
      } catch (error) {
        if (statusOf(error) === 404) return [];
        throw error;
      }
    },
  };
}

function signal(options: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function statusOf(error: unknown): number | undefined {
  return isRecord(error) && typeof error.status === "number" ? error.status : undefined;
}

/** `data.batchId` is a bare number (§4.2). */
function batchIdOf(data: unknown): number {
  const id = isRecord(data) ? Number(data.batchId ?? data.BatchId) : Number.NaN;
  if (!Number.isInteger(id)) throw new Error("@tcapi/v2: POST /v2/batch answered without a batchId.");
  return id;
}

/** Status from an envelope, or from the bare `{status: "Running"}` the docs also show (§4.4). */
function batchStatusOf(body: unknown, batchId: number): BatchStatus {
  if (!isRecord(body)) return { id: batchId, status: "Queued" };
  const data = isRecord(body.data) ? body.data : undefined;
  const inner = data?.batchStatus ?? data?.BatchStatus;
  if (isRecord(inner)) return inner as unknown as BatchStatus;
  const bare = body.status;
  return { id: batchId, status: bare === "Completed" || bare === "Created" || bare === "Running" ? bare : "Queued" };
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.byteLength;
  }
  const all = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}

/**
 * The errors file is labelled octet-stream and may still be gzip-compressed when no
 * `Content-Encoding` told fetch to inflate it (§4.4), so the gzip magic bytes decide.
 */
async function parseErrors(bytes: Uint8Array): Promise<BatchError[]> {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    const inflated = new Blob([data]).stream().pipeThrough(new DecompressionStream("gzip"));
    data = await readAll(inflated);
  }
  let text = "";
  for await (const chunk of textChunks(new Blob([data]).stream())) text += chunk;
  if (text.trim() === "") return [];
  const parsed: unknown = JSON.parse(text);
  return (Array.isArray(parsed) ? parsed : [parsed]) as BatchError[];
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    }, { once: true });
  });
}
