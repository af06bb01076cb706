import { once } from "node:events";
import { displayValue } from "../client/indicator-value.js";
import { formatCell } from "./render-table.js";

/** Output formats of `tcapi export`. */
export type ExportFormat = "jsonl" | "csv" | "json";

/** Streams records in one format to a writable, respecting backpressure. */
export interface RecordWriter {
  /** Writes one page of records in a single write, waiting for the stream to drain if needed. */
  write(records: readonly Record<string, unknown>[]): Promise<void>;
  end(): Promise<void>;
}

const CSV_COLUMNS = ["Type", "Value", "Rating", "Confidence", "Owner", "DateAdded", "LastModified", "Tags"];

/** A writer for JSON Lines, a JSON array, or CSV whose Type/Value columns `batch import` reads back. */
export function createRecordWriter(
  stream: NodeJS.WritableStream,
  format: ExportFormat,
  typeName?: string,
): RecordWriter {
  let count = 0;

  const put = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, "drain");
  };

  return {
    async write(records) {
      let text = "";
      for (const record of records) {
        if (format === "jsonl") text += `${JSON.stringify(record)}\n`;
        else if (format === "json") text += `${count === 0 ? "[\n" : ",\n"}${JSON.stringify(record)}`;
        else text += `${count === 0 ? `${CSV_COLUMNS.join(",")}\n` : ""}${csvRow(record, typeName)}\n`;
        count++;
      }
      if (text !== "") await put(text);
    },
    async end() {
      if (format === "json") await put(count === 0 ? "[]\n" : "\n]\n");
      if (format === "csv" && count === 0) await put(`${CSV_COLUMNS.join(",")}\n`);
    },
  };
}

function csvRow(record: Record<string, unknown>, typeName: string | undefined): string {
  const owner = record.ownerName ?? (record.owner as { name?: unknown } | undefined)?.name;
  const tags = Array.isArray(record.tag)
    ? (record.tag as { name?: unknown }[]).map((tag) => String(tag.name)).join(";")
    : "";
  return [
    record.type ?? typeName,
    displayValue(record),
    record.rating,
    record.confidence,
    owner,
    record.dateAdded,
    record.lastModified,
    tags,
  ]
    .map((cell) => csvCell(formatCell(cell)))
    .join(",");
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
