import { UsageError } from "../errors/cli-error.js";
import { parseCsv } from "./parse-csv.js";
import { parseJson } from "./parse-json.js";

/** A v2 batch input document (API reference §12.3). */
export interface BatchDocument {
  indicator: Record<string, unknown>[];
  group: Record<string, unknown>[];
  association: Record<string, unknown>[];
}

/** Values the user gives on the command line for every imported indicator. */
export interface BatchDefaults {
  type?: string;
  tags: readonly string[];
  rating?: number;
  confidence?: number;
}

/**
 * Reads batch input in any of the accepted shapes: v2 batch JSON (an object with
 * indicator/group/association arrays, or a V1 array), CSV with a header row, or a plain
 * list of values, one per line (which needs a type).
 */
export function parseBatchInput(text: string, source: string, defaults: BatchDefaults): BatchDocument {
  const start = text.trimStart()[0];
  const document =
    start === "{" || start === "[" ? fromJson(text, source) : fromLines(text, source, defaults);

  for (const indicator of document.indicator) applyDefaults(indicator, defaults);
  return document;
}

function fromJson(text: string, source: string): BatchDocument {
  const parsed = parseJson(text, source);
  if (Array.isArray(parsed))
    return { indicator: records(parsed, source, "item"), group: [], association: [] };

  const object = parsed as Record<string, unknown>;
  const known = ["indicator", "group", "association"].filter((key) => key in object);
  if (known.length === 0) {
    throw new UsageError(
      `${source} is JSON but not a batch document: expected "indicator", "group" or "association" arrays.`,
    );
  }

  return {
    indicator: records(object.indicator ?? [], source, "indicator"),
    group: records(object.group ?? [], source, "group"),
    association: records(object.association ?? [], source, "association"),
  };
}

function records(value: unknown, source: string, key: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new UsageError(`${source}: "${key}" must be an array.`);
  value.forEach((item: unknown, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw new UsageError(`${source}: ${key} number ${index + 1} is not an object.`);
    }
  });
  return value as Record<string, unknown>[];
}

function fromLines(text: string, source: string, defaults: BatchDefaults): BatchDocument {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const indicator = firstLine.includes(",")
    ? fromCsv(text, source, defaults)
    : fromList(text, source, defaults);
  return { indicator, group: [], association: [] };
}

function fromList(text: string, source: string, defaults: BatchDefaults): Record<string, unknown>[] {
  const type = defaults.type;
  if (type === undefined) {
    throw new UsageError(
      `${source} is a plain list of values; say what they are with --type, for example --type host.`,
    );
  }

  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((summary) => ({ type, summary }));
}

const VALUE_HEADERS = ["value", "summary", "indicator"];

function fromCsv(text: string, source: string, defaults: BatchDefaults): Record<string, unknown>[] {
  const [header, ...rows] = parseCsv(text, source);
  const names = (header?.cells ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (...candidates: string[]): number => names.findIndex((name) => candidates.includes(name));
  const valueAt = column(...VALUE_HEADERS);
  const typeAt = column("type");

  if (valueAt < 0) {
    throw new UsageError(
      `${source}: the CSV header on line 1 needs a "value" (or "summary") column, found: ${names.join(
        ", ",
      )}.`,
    );
  }
  if (typeAt < 0 && defaults.type === undefined) {
    throw new UsageError(
      `${source}: the CSV has no "type" column; add one or give --type, for example --type host.`,
    );
  }

  const at = (cells: string[], index: number): string | undefined => {
    const cell = index < 0 ? undefined : cells[index]?.trim();
    return cell === undefined || cell === "" || cell === "null" ? undefined : cell;
  };

  return rows.map(({ line, cells }) => {
    const summary = at(cells, valueAt);
    const type = at(cells, typeAt) ?? defaults.type;
    if (summary === undefined)
      throw new UsageError(
        `${source}: line ${line} has no value in the "${names[valueAt] ?? "value"}" column.`,
      );
    if (type === undefined)
      throw new UsageError(`${source}: line ${line} has no type; fill the column or give --type.`);

    const tags = at(cells, column("tags", "tag"));
    const rating = at(cells, column("rating"));
    const confidence = at(cells, column("confidence"));
    const description = at(cells, column("description"));
    const sourceAttribute = at(cells, column("source"));

    return {
      type,
      summary,
      ...(rating !== undefined && { rating: Number(rating) }),
      ...(confidence !== undefined && { confidence: Number(confidence) }),
      ...(description !== undefined && { description }),
      ...(sourceAttribute !== undefined && { source: sourceAttribute }),
      ...(tags !== undefined && { tag: tags.split(/[;|]/).map((name) => ({ name: name.trim() })) }),
    };
  });
}

function applyDefaults(indicator: Record<string, unknown>, defaults: BatchDefaults): void {
  if (indicator.type === undefined && defaults.type !== undefined) indicator.type = defaults.type;
  if (defaults.rating !== undefined) indicator.rating = defaults.rating;
  if (defaults.confidence !== undefined) indicator.confidence = defaults.confidence;

  if (defaults.tags.length > 0) {
    const existing = Array.isArray(indicator.tag) ? (indicator.tag as unknown[]) : [];
    indicator.tag = [...existing, ...defaults.tags.map((name) => ({ name }))];
  }
}
