import { badRequest } from "./api-error.js";
import type { Query } from "./query.js";

export type FieldKind = "string" | "date" | "number" | "boolean";

/** One filterable field of a resource (§7): its kind, allowed operators and how to read it. */
export interface FilterField<T> { kind: FieldKind; ops: string; read: (item: T) => string | number | boolean | undefined }

export type FilterFields<T> = Record<string, FilterField<T>>;

interface Clause { field: string; op: string; value: string }

/**
 * Parse `filters=` (already decoded once) against the resource's fields and build a predicate.
 * Unknown fields and operators are 400s naming what is supported. Returns undefined without filters.
 */
export function readFilters<T>(query: Query, fields: FilterFields<T>): { keep: (item: T) => boolean; fields: Set<string> } | undefined {
  const raw = query.get("filters");
  if (raw === undefined || raw.trim() === "") return undefined;
  const clauses = raw.split(",").filter((c) => c.trim() !== "").map((c) => parseClause(c, fields));
  const orParams = query.flag("orParams");

  const tests = clauses.map((clause) => {
    const spec = fields[clause.field];
    if (!spec) throw badRequest(`Unknown filter field "${clause.field}"`);
    return (item: T): boolean => compare(spec.kind, clause.op, spec.read(item), clause.value);
  });

  const keep = orParams
    ? (item: T): boolean => tests.some((t) => t(item))
    : (item: T): boolean => tests.every((t) => t(item));
  return { keep, fields: new Set(clauses.map((c) => c.field)) };
}

function parseClause<T>(text: string, fields: FilterFields<T>): Clause {
  const at = text.search(/[=<>^!]/);
  const supported = Object.keys(fields).join(", ");
  if (at <= 0) throw badRequest(`The filter "${text}" needs a field, an operator (= < > ^ !) and a value; supported fields: ${supported}`);

  const field = text.slice(0, at).trim();
  const op = text.charAt(at);
  const value = text.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
  const spec = fields[field];
  if (!spec) throw badRequest(`Unknown filter field "${field}"; supported fields: ${supported}`);
  if (!spec.ops.includes(op)) throw badRequest(`The filter field "${field}" does not support the "${op}" operator; use one of these operators: ${spec.ops}`);
  if (spec.kind === "date" && Number.isNaN(Date.parse(value))) throw badRequest(`The filter "${text}" needs a date such as 2017-07-13`);
  if (spec.kind === "number" && (value === "" || !Number.isFinite(Number(value)))) throw badRequest(`The filter "${text}" needs a number`);
  if (spec.kind === "boolean" && value !== "true" && value !== "false") throw badRequest(`The filter "${text}" needs true or false`);
  return { field, op, value };
}

function compare(kind: FieldKind, op: string, actual: string | number | boolean | undefined, wanted: string): boolean {
  if (actual === undefined) return op === "!";
  switch (kind) {
    case "boolean":
      return String(actual) === wanted;
    case "number":
      return compareOrdered(op, Number(actual), Number(wanted));
    case "date":
      return compareOrdered(op, Date.parse(String(actual)), Date.parse(wanted));
    case "string": {
      const a = String(actual).toLowerCase();
      const w = wanted.toLowerCase();
      if (op === "^") return a.startsWith(w);
      if (op === "!") return a !== w;
      return a === w;
    }
  }
}

function compareOrdered(op: string, a: number, b: number): boolean {
  if (op === "<") return a < b;
  if (op === ">") return a > b;
  if (op === "!") return a !== b;
  return a === b;
}
