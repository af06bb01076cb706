import Table from "cli-table3";
import type { Colours } from "./colours.js";
import type { Column, TableView } from "./table-view.js";

/** Renders rows as a bordered table; without a view, the columns are the first row's simple fields. */
export function renderTable(rows: readonly unknown[], colours: Colours, view?: TableView): string {
  const records = rows.map(asRecord);
  const columns = view?.columns ?? guessColumns(records);

  // cli-table3 colours through its own library; switching that off leaves colour to picocolors and NO_COLOR.
  const table = new Table({
    head: columns.map((column) => colours.bold(column.header)),
    style: { head: [], border: [], compact: true },
  });

  for (const record of records) table.push(columns.map((column) => formatCell(column.value(record))));
  return table.toString();
}

/** Renders one resource as a two-column table of field and value. */
export function renderRecord(value: unknown, colours: Colours): string {
  const table = new Table({ style: { head: [], border: [], compact: true } });

  for (const [key, cell] of Object.entries(asRecord(value))) {
    table.push([colours.bold(key), formatCell(cell)]);
  }

  return table.toString();
}

/** Plain text for one cell: nested values as compact JSON, absent values empty. */
export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => isNamed(item))) {
    return value.map((item) => item.name).join(", ");
  }
  if (isNamed(value)) return value.name;
  return JSON.stringify(value);
}

function guessColumns(records: readonly Record<string, unknown>[]): Column[] {
  const first = records[0] ?? {};
  const keys = Object.keys(first).filter((key) => {
    const cell = first[key];
    return cell === null || ["string", "number", "boolean"].includes(typeof cell);
  });

  return keys.slice(0, 8).map((key) => ({ header: key, value: (row) => row[key] }));
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  return { value };
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === "object" && value !== null && typeof (value as { name?: unknown }).name === "string"
  );
}
