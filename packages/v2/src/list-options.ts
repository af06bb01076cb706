import type { TcRequest } from "@tcapi/transport";
import { renderFilters, type Filter } from "./filters.js";
import { fail } from "./validation-error.js";

/** Options every read accepts. @public */
export interface ReadOptions {
  /** Owner name; defaults to the client's owner (API reference §3.3). */
  owner?: string;
  /** Extra fields such as `privateFlag`, `xid`, counts (§3.4). */
  includeAdditional?: boolean;
  /** Embed `tag[]` in each item. */
  includeTags?: boolean;
  /** Embed `attribute[]` in each item. */
  includeAttributes?: boolean;
  /** Ask for JSON or XML for this call. */
  format?: "json" | "xml";
  signal?: AbortSignal;
}

/** Options of every list; lists are async iterables that page on demand. @public */
export interface ListOptions<Field extends string = string> extends ReadOptions {
  /** Typed filters, e.g. `[["summary", "^", "example"], ["rating", ">", 3]]`, or a raw string. */
  filters?: readonly Filter<Field>[] | string;
  /** OR the filters instead of AND. */
  orParams?: boolean;
  /** Only indicators modified since this moment (§3.4). */
  modifiedSince?: string | Date;
  /** Items per request (`resultLimit`, 1–10,000; default: the transport's page size). */
  pageSize?: number;
  /** Alias of `pageSize`, named like the API parameter. */
  resultLimit?: number;
  /** Stop after this many items in total (a whole number, 0 or more); one request when they fit in one page. */
  limit?: number;
}

/** The query of a list request. @internal */
export function listQuery(options: ListOptions): NonNullable<TcRequest["query"]> {
  const query = readQuery(options);
  const { filters } = options;
  if (filters !== undefined) {
    const text = typeof filters === "string" ? filters : renderFilters(filters);
    if (text !== "") query.filters = text;
  }
  if (options.orParams === true) query.orParams = true;
  if (options.modifiedSince !== undefined) {
    const since = options.modifiedSince;
    query.modifiedSince = since instanceof Date ? since.toISOString() : since;
  }
  return query;
}

/** The query flags shared by single reads and lists. @internal */
export function readQuery(options: ReadOptions): NonNullable<TcRequest["query"]> {
  const query: NonNullable<TcRequest["query"]> = {};
  if (options.includeAdditional === true) query.includeAdditional = true;
  if (options.includeTags === true) query.includeTags = true;
  if (options.includeAttributes === true) query.includeAttributes = true;
  return query;
}

/** Page size to ask for, checked against the documented range (§6). @internal */
export function pageSizeOf(options: ListOptions): number | undefined {
  const size = options.pageSize ?? options.resultLimit;
  if (size === undefined) return undefined;
  if (!Number.isInteger(size) || size < 1 || size > 10_000) {
    fail("pageSize", "range", `Page size ${size} is out of range; use a whole number from 1 to 10000.`);
  }
  return size;
}

/** The `limit` option: a whole number of items, 0 or more. @internal */
export function limitOf(options: ListOptions): number | undefined {
  const { limit } = options;
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 0) {
    fail("limit", "range", `limit ${limit} is not a number of items; pass a whole number of 0 or more, or leave it out to read every item.`);
  }
  return limit;
}
