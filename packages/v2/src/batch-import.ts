import { BATCH_MAX_INDICATORS, BATCH_MAX_UPLOAD_BYTES, findGroupType } from "@tcapi/model";
import type { BatchSteps, PollOptions } from "./batch.js";
import { checkBatchItem } from "./check-batch-item.js";
import { sectionItems, type BatchInput, type Section } from "./batch-items.js";
import type { BatchJobSettings } from "./batch-settings.js";
import type { BatchError } from "./entities.js";
import { untilAborted } from "./until-aborted.js";
import { utf8Length } from "./utf8-length.js";
import { fail } from "./validation-error.js";

/** Counts reported while an import runs. @public */
export interface BatchProgress {
  /** Items uploaded so far. */
  submitted: number;
  /** Items the server reported as imported (jobs that completed). */
  succeeded: number;
  /** Items that failed: server errors plus items refused by client-side validation. */
  failed: number;
  /** Jobs created so far. */
  jobs: number;
}

/** Options of `batch.import`. @public */
export interface BatchImportOptions extends BatchJobSettings {
  /** Jobs in flight at once. @default 1 */
  concurrency?: number;
  /** Indicators per job, at most 25,000 (§12.3). @default 25000 */
  maxIndicatorsPerJob?: number;
  /** Upload size per job, at most 2,000,000 bytes (§12.1). @default 2000000 */
  maxBytesPerJob?: number;
  /** How each job is polled until `Completed`. */
  poll?: PollOptions;
  /** Called after every upload and every completed job. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * Items that break a rule the server enforces: `"report"` leaves them out and lists them in
   * `errors`; `"throw"` rejects the import before the job holding them is created.
   * @default "report"
   */
  invalid?: "report" | "throw";
  /**
   * Check each item before sending. Turn off only for input already known to be valid (such
   * as a bulk JSON report of the same instance); the server still validates.
   * @default true
   */
  validate?: boolean;
  signal?: AbortSignal;
}

/** One job of an import. @public */
export interface BatchJobReport {
  batchId: number;
  items: number;
  bytes: number;
  successCount: number;
  errorCount: number;
  unprocessedCount: number;
}

/** The outcome of `batch.import`. @public */
export interface BatchImportResult {
  successCount: number;
  errorCount: number;
  unprocessedCount: number;
  /** Server error details plus client-side validation refusals. */
  errors: BatchError[];
  jobs: BatchJobReport[];
}

/** The `{"indicator":[` … `]}` frame around the items: the bytes besides the items themselves. */
const FRAME_BYTES = utf8Length('{"indicator":[],"group":[],"association":[]}');

/**
 * Imports any number of items through batch jobs. The input is read item by item; a job is
 * filled until the next item would pass the indicator or byte limit, then submitted while
 * reading continues, so memory stays bounded by `concurrency` + 1 job bodies.
 * @internal
 */
export async function batchImport(steps: BatchSteps, input: BatchInput, options: BatchImportOptions = {}): Promise<BatchImportResult> {
  const maxIndicators = limit("maxIndicatorsPerJob", options.maxIndicatorsPerJob, BATCH_MAX_INDICATORS);
  const maxBytes = limit("maxBytesPerJob", options.maxBytesPerJob, BATCH_MAX_UPLOAD_BYTES);
  const concurrency = limit("concurrency", options.concurrency, 16, 1);

  const result: BatchImportResult = { successCount: 0, errorCount: 0, unprocessedCount: 0, errors: [], jobs: [] };
  const progress: BatchProgress = { submitted: 0, succeeded: 0, failed: 0, jobs: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const inFlight = new Set<Promise<void>>();
  let firstFailure: Error | undefined;

  const submit = (chunk: Chunk) => {
    const job = runJob(steps, chunk, options, progress, result, report).catch((error: unknown) => {
      firstFailure ??= error instanceof Error ? error : new Error(String(error));
    });
    const tracked = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  // With haltOnError, a job that reported errors ends the import: later items stay unsent.
  const stopped = () => firstFailure !== undefined || (options.haltOnError === true && result.jobs.some((job) => job.errorCount > 0));
  const refuse = (section: Section, rule: string, reason: string, source: string) => {
    if (options.invalid === "throw") fail(section, rule, reason);
    result.errors.push({ errorReason: reason, errorSource: source.slice(0, 500) });
    result.errorCount += 1;
    progress.failed += 1;
  };

  let chunk = new Chunk();
  const isGroupType = (type: string) => findGroupType(type) !== undefined;
  try {
    for await (const [section, item] of untilAborted(sectionItems(input, isGroupType), options.signal)) {
      if (stopped()) break;
      options.signal?.throwIfAborted();

      // `undefined` and functions have no JSON form and would break the document, checked or not.
      const serialised = JSON.stringify(item) as string | undefined;
      const json = serialised ?? typeof item;
      const bytes = utf8Length(json) + 1;
      const problems = options.validate === false && serialised !== undefined ? undefined : checkBatchItem(section, item);
      const tooBig = FRAME_BYTES + bytes > maxBytes;
      if (problems !== undefined) refuse(section, "batch-item", problems, json);
      else if (tooBig) refuse(section, "size", `A batch ${section} of ${bytes} bytes is larger than one upload may be (${maxBytes} bytes); shorten it.`, json);
      if (problems !== undefined || tooBig) {
        // Items before the refused one still go out, as the server would have processed them.
        if (options.haltOnError === true) break;
        continue;
      }

      if (!chunk.fits(section, bytes, maxIndicators, maxBytes)) {
        await slot(inFlight, concurrency);
        if (stopped()) break;
        submit(chunk);
        chunk = new Chunk();
      }
      chunk.add(section, json, bytes);
    }

    if (chunk.items > 0 && !stopped()) {
      await slot(inFlight, concurrency);
      if (!stopped()) submit(chunk);
    }
  } finally {
    // Jobs already sent run to their end, so no polling outlives the call (a signal stops them).
    while (inFlight.size > 0) await Promise.race(inFlight);
  }
  if (firstFailure !== undefined) throw firstFailure;

  result.jobs.sort((a, b) => a.batchId - b.batchId);
  return result;
}

/** One job's document, kept as serialised items per section. */
class Chunk {
  readonly sections: Record<Section, string[]> = { indicator: [], group: [], association: [] };
  indicators = 0;
  items = 0;
  bytes = FRAME_BYTES;

  fits(section: Section, bytes: number, maxIndicators: number, maxBytes: number): boolean {
    if (this.items === 0) return true;
    if (section === "indicator" && this.indicators >= maxIndicators) return false;
    return this.bytes + bytes <= maxBytes;
  }

  add(section: Section, json: string, bytes: number): void {
    this.sections[section].push(json);
    if (section === "indicator") this.indicators += 1;
    this.items += 1;
    this.bytes += bytes;
  }

  /** Associations must come after indicators and groups in the file (§12.3). */
  serialize(): string {
    const { indicator, group, association } = this.sections;
    return `{"indicator":[${indicator.join(",")}],"group":[${group.join(",")}],"association":[${association.join(",")}]}`;
  }
}

async function runJob(
  steps: BatchSteps,
  chunk: Chunk,
  options: BatchImportOptions,
  progress: BatchProgress,
  result: BatchImportResult,
  report: () => void,
): Promise<void> {
  const batchId = await steps.create(options);
  progress.jobs += 1;

  const body = chunk.serialize();
  await steps.upload(batchId, body, signalOf(options));
  progress.submitted += chunk.items;
  report();

  const status = await steps.wait(batchId, { ...options.poll, ...signalOf(options) });
  const successCount = status.successCount ?? 0;
  const errorCount = status.errorCount ?? 0;
  const unprocessedCount = status.unprocessCount ?? 0;
  const errors = errorCount > 0 ? await steps.errors(batchId, signalOf(options)) : [];

  result.successCount += successCount;
  result.errorCount += errorCount;
  result.unprocessedCount += unprocessedCount;
  result.errors.push(...errors);
  result.jobs.push({ batchId, items: chunk.items, bytes: chunk.bytes, successCount, errorCount, unprocessedCount });
  progress.succeeded += successCount;
  progress.failed += errorCount;
  report();
}

function signalOf(options: { signal?: AbortSignal }): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

/** Waits until fewer than `concurrency` jobs are in flight. */
async function slot(inFlight: Set<Promise<void>>, concurrency: number): Promise<void> {
  while (inFlight.size >= concurrency) await Promise.race(inFlight);
}

function limit(name: string, value: number | undefined, max: number, fallback = max): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    fail(name, "range", `${name} ${value} is out of range; use a whole number from 1 to ${max}.`);
  }
  return value;
}

