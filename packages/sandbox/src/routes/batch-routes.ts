import { ApiError, notFound } from "../http/api-error.js";
import { bareJson, itemReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import type { BatchJob } from "../store/batch-job.js";
import { BATCH_MAX_UPLOAD_BYTES } from "../store/batch-runner.js";
import type { BatchRuntime } from "../store/batch-runner.js";
import { readBatchSettings } from "../store/batch-settings.js";

/** §12: create job, upload input (asynchronous processing), status, errors, results. */
export function registerBatchRoutes(router: Router, batch: BatchRuntime): void {
  router.on("POST", "/v2/batch", async (ctx) => {
    const settings = readBatchSettings(ctx.store, await ctx.json());
    const job = batch.create(settings);
    return itemReply("batchId", job.id, 201);
  });

  router.on("POST", "/v2/batch/:bid", async (ctx) => {
    const job = jobFromPath(ctx);
    const type = ctx.request.headers.get("content-type");
    if (type !== null && !/octet-stream|json/i.test(type)) {
      throw new ApiError(415, "Upload the batch input with Content-Type: application/octet-stream");
    }
    const declared = Number(ctx.request.headers.get("content-length") ?? "0");
    if (declared > BATCH_MAX_UPLOAD_BYTES) return invalid(`File size greater than allowable limit of ${BATCH_MAX_UPLOAD_BYTES}`);
    const input = await ctx.bytes();
    if (input.byteLength > BATCH_MAX_UPLOAD_BYTES) return invalid(`File size greater than allowable limit of ${BATCH_MAX_UPLOAD_BYTES}`);
    batch.upload(job, input);
    return itemReply("batchStatus", statusOf(job, false), 202);
  });

  router.on("GET", "/v2/batch/:bid", (ctx) => {
    const job = jobFromPath(ctx);
    return itemReply("batchStatus", statusOf(job, ctx.query.flag("includeAdditional")));
  });

  router.on("GET", "/v2/batch/:bid/errors", (ctx) => {
    const job = jobFromPath(ctx);
    if (job.status !== "Completed") return invalid(`Batch still in ${job.status === "Running" ? "Running" : job.status} state`);
    if (job.errors.length === 0) throw notFound();
    const body = JSON.stringify(job.errors.map((e) => ({ errorReason: e.errorReason, errorSource: e.errorSource })));
    return new Response(body, { headers: { "content-type": "application/octet-stream" } });
  });

  router.on("GET", "/v2/batch/:bid/results", (ctx) => {
    const job = jobFromPath(ctx);
    if (job.status !== "Completed") return invalid(`Batch still in ${job.status} state`);
    const code = ctx.query.get("code");
    if (code !== undefined && !code.startsWith("0x")) throw new ApiError(400, "The code filter must start with 0x, e.g. code=0x1005");
    const contains = ctx.query.get("contains")?.toLowerCase();
    const severity = ctx.query.get("severity")?.toLowerCase();
    if (severity !== undefined && !["err", "error", "info", "warn", "warning"].includes(severity)) {
      throw new ApiError(400, "The severity filter must be one of err, error, info, warn, warning");
    }
    const rows = job.errors
      .filter((e) => (code === undefined || e.code.toLowerCase() === code.toLowerCase())
        && (contains === undefined || `${e.errorReason} ${e.errorMessage}`.toLowerCase().includes(contains))
        && (severity === undefined || severity.startsWith("err")))
      .map((e) => ({ code: e.code, severity: "Error", errorReason: e.errorReason, errorMessage: e.errorMessage }));
    if (rows.length === 0) throw notFound();
    return bareJson(rows);
  });
}

function jobFromPath(ctx: RequestContext): BatchJob {
  const job = ctx.store.batches.get(Number(ctx.param("bid")));
  if (!job) throw notFound();
  return job;
}

/** The batch API answers some errors as `{status: "Invalid", description}` (§4.4). */
function invalid(description: string): Response {
  return bareJson({ status: "Invalid", description }, 400);
}

function statusOf(job: BatchJob, additional: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: job.id, status: job.status, errorCount: job.errorCount, successCount: job.successCount, unprocessCount: job.unprocessCount,
  };
  if (additional) Object.assign(out, job.counts);
  return out;
}
