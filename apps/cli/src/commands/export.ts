import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { indicatorType } from "../client/resolve-types.js";
import { unwrapList } from "../client/unwrap.js";
import { UsageError } from "../errors/cli-error.js";
import { reasonFor } from "../input/read-input.js";
import { plural } from "../output/plural.js";
import { createProgress } from "../output/progress.js";
import { createRecordWriter, type ExportFormat } from "../output/record-writer.js";
import { collect } from "./collect.js";
import { parseNumberOption } from "./number-option.js";

interface ExportOptions {
  type?: string;
  tag?: string;
  filter: string[];
  or?: boolean;
  format: string;
  out?: string;
  includeTags?: boolean;
  includeAttributes?: boolean;
  pageSize: string;
}

/** `tcapi export indicators`: every matching indicator, streamed page by page, with a progress bar. */
export function registerExport(program: Command, host: CommandHost): void {
  const exportCommand = program.command("export").description("stream resources to a file or stdout");

  exportCommand
    .command("indicators")
    .description("export every matching indicator as JSON Lines, CSV or a JSON array")
    .option("-t, --type <type>", "only this indicator type, e.g. host")
    .option("--tag <name>", "only indicators carrying this tag")
    .option("-f, --filter <expr>", "server-side filter such as rating>3 (repeatable)", collect, [])
    .option("--or", "match any filter instead of all")
    .option("--format <format>", "jsonl, csv or json", "jsonl")
    .option("-o, --out <file>", "write here instead of stdout")
    .option("--include-tags", "embed each indicator's tags")
    .option("--include-attributes", "embed each indicator's attributes")
    .option("--page-size <n>", "items per request (1 to 10000)", "1000")
    .action(async (options: ExportOptions, command: Command) => {
      const context = host.context(command);
      const format = parseFormat(options.format);
      const pageSize = parseNumberOption(options.pageSize, "--page-size", 1, 10_000, true);
      const type = options.type === undefined ? undefined : indicatorType(options.type);
      const typed = type === undefined ? "" : "/{type}";
      const path = options.tag === undefined ? `/v2/indicators${typed}` : `/v2/tags/{tag}/indicators${typed}`;
      const params = {
        ...(type !== undefined && { type: type.apiBranch }),
        ...(options.tag !== undefined && { tag: options.tag }),
      };
      const transport = await context.transport();

      const stream = options.out === undefined ? context.io.stdout : await openFile(options.out);
      const writer = createRecordWriter(stream, format, type?.name);
      const progress = createProgress(context.io, "Exporting", "indicators");
      const started = Date.now();
      let written = 0;
      let total: number | undefined;

      try {
        // Paged here rather than through transport.paginate: the first page's resultCount drives the progress bar.
        for (let start = 0; ; start += pageSize) {
          const data = await transport.request<{ resultCount?: number }>({
            method: "GET",
            path,
            params,
            query: { ...exportQuery(options), resultStart: start, resultLimit: pageSize },
          });
          if (start === 0 && typeof data.resultCount === "number") total = data.resultCount;

          const items = unwrapList(data);
          await writer.write(items as Record<string, unknown>[]);
          written += items.length;
          progress.update(written, Math.max(total ?? written, written));
          if (items.length < pageSize) break;
        }
        await writer.end();
      } finally {
        progress.stop();
        if (options.out !== undefined) {
          stream.end();
          await once(stream, "close");
        }
      }

      const seconds = (Date.now() - started) / 1000;
      context.output.note(
        `Exported ${plural(written, "indicator")}${
          options.out === undefined ? "" : ` to ${options.out}`
        } in ${seconds.toFixed(1)}s.`,
      );
    });
}

/** Filters and embedded metadata as query parameters (API reference §3.4, §7). */
function exportQuery(options: ExportOptions): Record<string, string | boolean> {
  return {
    ...(options.filter.length > 0 && { filters: options.filter.join(",") }),
    ...(options.or === true && { orParams: true }),
    ...(options.includeTags === true && { includeTags: true }),
    ...(options.includeAttributes === true && { includeAttributes: true }),
  };
}

function parseFormat(input: string): ExportFormat {
  if (input === "jsonl" || input === "csv" || input === "json") return input;
  throw new UsageError(`--format must be jsonl, csv or json, not "${input}".`);
}

async function openFile(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new UsageError(
      `Cannot write ${path}: ${reasonFor(error)}; check the folder exists and is writable.`,
      { cause: error },
    );
  }
  return stream;
}
