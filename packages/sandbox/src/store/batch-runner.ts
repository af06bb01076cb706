import { isoSeconds } from "../http/request-context.js";
import { ApiError } from "../http/api-error.js";
import type { BatchError, BatchJob, BatchSettings } from "./batch-job.js";
import { applyBatchAssociation, applyBatchGroup, applyBatchIndicator, resolvePendingLinks } from "./batch-items.js";
import type { BatchRun } from "./batch-items.js";
import type { Store } from "./store.js";

/** Documented limits (§12.1, §12.3). */
export const BATCH_MAX_INDICATORS = 25_000;
export const BATCH_MAX_UPLOAD_BYTES = 2_000_000;

const CHUNK = 2_000;

export interface BatchRuntime {
  create(settings: BatchSettings): BatchJob;
  /** Queue uploaded input; processing starts after the configured delay. */
  upload(job: BatchJob, input: Uint8Array): void;
  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void>;
}

export function createBatchRuntime(store: Store, now: () => number, delayMs: number, onDone: () => void): BatchRuntime {
  const running = new Set<Promise<void>>();

  return {
    create(settings) {
      const job: BatchJob = {
        id: store.nextId(), settings, status: "Created", successCount: 0, errorCount: 0, unprocessCount: 0, errors: [],
        counts: { indicatorSuccess: 0, indicatorFail: 0, groupSuccess: 0, groupFail: 0, associationSuccess: 0, associationFail: 0 },
      };
      store.batches.set(job.id, job);
      return job;
    },
    upload(job, input) {
      if (job.status !== "Created") throw new ApiError(400, `Batch job ${job.id} already has its input (status ${job.status})`);
      job.input = input;
      job.status = "Queued";
      const work = delay(delayMs).then(() => processJob(store, job, isoSeconds(now()))).catch((error: unknown) => {
        // Never leave a job Running forever (or reject with no one listening): end it as failed.
        fail(job, "0x1004", `Encountered an unexpected Exception while processing batch job: ${error instanceof Error ? error.name : "unknown"}`, "");
        job.status = "Completed";
      }).finally(() => {
        running.delete(work);
        onDone();
      });
      running.add(work);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Parse and apply a job's input in chunks so the server keeps answering meanwhile. */
export async function processJob(store: Store, job: BatchJob, at: string): Promise<void> {
  job.status = "Running";
  const input = job.input ?? new Uint8Array();
  delete job.input;

  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder().decode(input));
  } catch (error) {
    fail(job, "0x1003", `Invalid JSON in batch input: ${error instanceof Error ? error.message : "parse error"}`, "");
    job.status = "Completed";
    return;
  }

  const { indicators, groups, associations } = sections(job, doc);
  if (indicators.length > BATCH_MAX_INDICATORS) {
    fail(job, "0x1008", `The batch input has ${indicators.length} indicators, which would exceed the number of allowed indicators per job (${BATCH_MAX_INDICATORS}); split it into several jobs`, "");
    job.unprocessCount = indicators.length + groups.length + associations.length;
    job.status = "Completed";
    return;
  }

  const run: BatchRun = { store, settings: job.settings, at, pendingLinks: [] };
  const steps: Step[] = [
    [groups, applyBatchGroup, "group", "0x1006"],
    [indicators, applyBatchIndicator, "indicator", "0x1005"],
  ];
  const halted = await applySection(job, run, steps, 0);
  // A halt before the association section leaves every association unprocessed too (§12.1).
  if (halted) job.unprocessCount += associations.length;
  else {
    for (const reason of resolvePendingLinks(run)) fail(job, "0x1009", reason, "");
    await applySection(job, run, [[associations, applyBatchAssociation, "association", "0x1009"]], 0);
  }
  job.status = "Completed";
}

type Step = [unknown[], (r: BatchRun, item: unknown) => void, "group" | "indicator" | "association", string];

async function applySection(job: BatchJob, run: BatchRun, steps: Step[], start: number): Promise<boolean> {
  for (const [items, apply, kind, code] of steps) {
    for (let i = start; i < items.length; i++) {
      if (i > 0 && i % CHUNK === 0) await yieldToLoop();
      try {
        apply(run, items[i]);
        job.successCount++;
        job.counts[`${kind}Success`]++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : "Unknown error";
        fail(job, reason.startsWith("Item not found") ? "0x1007" : code, reason, safeSource(items[i]));
        job.counts[`${kind}Fail`]++;
        if (job.settings.haltOnError) {
          job.unprocessCount += items.length - i - 1 + remaining(steps, items);
          return true;
        }
      }
    }
  }
  return false;
}

function remaining(steps: Step[], current: unknown[]): number {
  const at = steps.findIndex(([items]) => items === current);
  return steps.slice(at + 1).reduce((sum, [items]) => sum + items.length, 0);
}

function sections(job: BatchJob, doc: unknown): { indicators: unknown[]; groups: unknown[]; associations: unknown[] } {
  if (Array.isArray(doc)) return { indicators: doc, groups: [], associations: [] };
  if (typeof doc === "object" && doc !== null) {
    const d = doc as Record<string, unknown>;
    const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
    return { indicators: arr(d.indicator), groups: arr(d.group), associations: arr(d.association) };
  }
  fail(job, "0x1003", "The batch input must be a JSON object with indicator/group/association arrays, or (V1) an array of indicators", "");
  return { indicators: [], groups: [], associations: [] };
}

function fail(job: BatchJob, code: string, reason: string, source: string): void {
  const error: BatchError = { code, errorReason: reason, errorMessage: `Encountered an error while processing batch job: ${reason}`, errorSource: source };
  job.errors.push(error);
  job.errorCount++;
}

function safeSource(item: unknown): string {
  try {
    const text = JSON.stringify(item);
    return text.length > 1_000 ? `${text.slice(0, 1_000)}…` : text;
  } catch {
    return "";
  }
}
