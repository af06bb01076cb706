import type { BatchError, BatchImportResult } from "@tcapi/v2";
import type { Context } from "../context.js";

/** The summary printed after an import. */
export interface ImportSummary {
  total: number;
  successCount: number;
  errorCount: number;
  unprocessedCount: number;
  /** Items never sent: with --halt-on-error, everything after the first refused item or failed job. */
  notSentCount: number;
  jobs: number[];
  seconds: number;
}

/** Items neither uploaded nor refused before upload; counted from the jobs, not from the server's totals. */
export function notSent(total: number, result: BatchImportResult): number {
  const uploaded = result.jobs.reduce((sum, job) => sum + job.items, 0);
  const jobErrors = result.jobs.reduce((sum, job) => sum + job.errorCount, 0);
  const refusedBeforeUpload = result.errorCount - jobErrors;
  return Math.max(0, total - uploaded - refusedBeforeUpload);
}

/** Prints the counts as the result, and the first few per-item errors as notes. */
export function printSummary(context: Context, summary: ImportSummary & { errors: BatchError[] }): void {
  const { errors, ...counts } = summary;
  context.output.result(counts);
  if (counts.notSentCount > 0) {
    context.output.note(
      `  not sent (halted): ${counts.notSentCount} of ${counts.total} items, after the first error (--halt-on-error).`,
    );
  }

  const shown = errors.slice(0, 5);
  for (const error of shown) {
    context.output.note(`  rejected ${itemName(error)}: ${error.errorReason}`);
  }
  if (errors.length > shown.length) {
    context.output.note(`  ... and ${errors.length - shown.length} more (--errors <file> saves them all).`);
  }
}

/** The item an error is about: errorSource is often the item's JSON, whose summary or name says it best. */
function itemName(error: BatchError): string {
  const source = error.errorSource ?? "";
  try {
    const item = JSON.parse(source) as { summary?: unknown; name?: unknown };
    const name = item.summary ?? item.name;
    return typeof name === "string" ? name : source;
  } catch {
    return source === "" ? "an item" : source;
  }
}
