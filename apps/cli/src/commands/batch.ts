import { writeFile } from "node:fs/promises";
import type { BatchDocumentInput, BatchError, BatchJobSettings } from "@tcapi/v2";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import type { Context } from "../context.js";
import { indicatorType } from "../client/resolve-types.js";
import { UsageError } from "../errors/cli-error.js";
import { parseBatchInput, type BatchDocument } from "../input/batch-input.js";
import { readInput, reasonFor } from "../input/read-input.js";
import { createProgress } from "../output/progress.js";
import { collect } from "./collect.js";
import { notSent, printSummary, type ImportSummary } from "./import-summary.js";
import { parseNumberOption } from "./number-option.js";

interface ImportOptions {
  type?: string;
  tag: string[];
  rating?: string;
  confidence?: string;
  errors?: string;
  action: string;
  haltOnError?: boolean;
  attributeWriteType: string;
  tagWriteType: string;
  labelWriteType: string;
}

/** `tcapi batch import`: v2 batch JSON, CSV or a plain list through the Batch API, with a summary. */
export function registerBatch(program: Command, host: CommandHost): void {
  const batch = program.command("batch").description("bulk writes through the Batch API");

  batch
    .command("import")
    .description("import indicators and groups from v2 batch JSON, CSV with a header, or one value per line")
    .argument("<file>", 'input file, or "-" for stdin')
    .option("-t, --type <type>", "indicator type of a plain list or a CSV without a type column, e.g. host")
    .option("--tag <name>", "tag every imported indicator (repeatable)", collect, [])
    .option("--rating <0-5>", "rating for every imported indicator")
    .option("--confidence <0-100>", "confidence for every imported indicator")
    .option("--errors <file>", "write every per-item error to this file (JSON Lines)")
    .option("--action <action>", "Create (create or update) or Delete", "Create")
    .option("--halt-on-error", "stop the job at the first error")
    // Append everywhere by default: the server's Replace would strip tags and labels from existing items.
    .option("--attribute-write-type <mode>", "Append, Replace, Singleton or Static", "Append")
    .option("--tag-write-type <mode>", "Append (keep existing tags) or Replace", "Append")
    .option("--label-write-type <mode>", "Append (keep existing security labels) or Replace", "Append")
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const context = host.context(command);
      const document = parseBatchInput(await readInput(file, context.io), file === "-" ? "stdin" : file, {
        ...(options.type !== undefined && { type: indicatorType(options.type).name }),
        tags: options.tag,
        ...(options.rating !== undefined && { rating: parseNumberOption(options.rating, "--rating", 0, 5) }),
        ...(options.confidence !== undefined && {
          confidence: parseNumberOption(options.confidence, "--confidence", 0, 100, true),
        }),
      });

      const summary = await importDocument(
        context,
        document,
        await jobSettings(context, options),
        options.errors,
      );
      printSummary(context, summary);
    });
}

async function importDocument(
  context: Context,
  document: BatchDocument,
  settings: BatchJobSettings,
  errorsFile: string | undefined,
): Promise<ImportSummary & { errors: BatchError[] }> {
  const client = await context.client();
  const total = document.indicator.length + document.group.length + document.association.length;
  const progress = createProgress(context.io, "Importing", "items");
  const started = Date.now();

  let result;
  try {
    // The typed client checks every item itself and reports a malformed one as a per-item error.
    result = await client.batch.import(document as BatchDocumentInput, {
      ...settings,
      // A short first wait suits small jobs; the backoff keeps large ones from polling a real server hard.
      poll: { initialDelayMs: 250, maxDelayMs: 10_000 },
      onProgress: (counts) => {
        progress.update(counts.succeeded + counts.failed, total);
      },
    });
  } finally {
    progress.stop();
  }

  if (errorsFile !== undefined) await writeErrors(errorsFile, result.errors);
  return {
    total,
    successCount: result.successCount,
    errorCount: result.errorCount,
    unprocessedCount: result.unprocessedCount,
    notSentCount: notSent(total, result),
    jobs: result.jobs.map((job) => job.batchId),
    seconds: (Date.now() - started) / 1000,
    errors: result.errors,
  };
}

async function jobSettings(context: Context, options: ImportOptions): Promise<BatchJobSettings> {
  const action = pick(options.action, ["Create", "Delete"] as const, "--action");
  const attributeWriteType = pick(
    options.attributeWriteType,
    ["Append", "Replace", "Singleton", "Static"] as const,
    "--attribute-write-type",
  );
  const modes = ["Append", "Replace"] as const;
  return {
    owner: await ownerName(context),
    action,
    haltOnError: options.haltOnError === true,
    attributeWriteType,
    tagWriteType: pick(options.tagWriteType, modes, "--tag-write-type"),
    securityLabelWriteType: pick(options.labelWriteType, modes, "--label-write-type"),
  };
}

/** The batch job needs an owner name; without one configured, the API user's own organization. */
async function ownerName(context: Context): Promise<string> {
  const configured = (await context.settings()).values.owner;
  if (configured !== undefined) return configured;

  const mine = await (await context.client()).owners.mine();
  return mine.name;
}

function pick<T extends string>(input: string, allowed: readonly T[], flag: string): T {
  const found = allowed.find((value) => value.toLowerCase() === input.toLowerCase());
  if (found === undefined)
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not "${input}".`);
  return found;
}

async function writeErrors(path: string, errors: readonly BatchError[]): Promise<void> {
  try {
    await writeFile(path, errors.map((error) => `${JSON.stringify(error)}\n`).join(""));
  } catch (error) {
    throw new UsageError(`Cannot write the errors file ${path}: ${reasonFor(error)}.`, { cause: error });
  }
}
