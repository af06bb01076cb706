import type { PaginateRequest, TcRequest } from "./types.js";

const MAX_PAGE = 10_000;

/** Fetches one page's data for a paginated request. */
export type PageFetcher = (request: TcRequest, listKey: string | undefined) => Promise<unknown>;

function pageSizeOf(request: PaginateRequest): number {
  const size = request.pageSize ?? request.query?.resultLimit ?? MAX_PAGE;
  const name = request.pageSize === undefined ? "resultLimit" : "pageSize";
  // Number.isInteger also rejects strings and NaN from untyped callers.
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw new TypeError(`${name} must be an integer from 1 to ${MAX_PAGE} (got ${String(size)})`);
  }
  return size;
}

function startOf(request: PaginateRequest): number {
  const start = request.query?.resultStart ?? 0;
  if (!Number.isInteger(start) || start < 0) {
    throw new TypeError(`resultStart must be a non-negative integer (got ${String(start)})`);
  }
  return start;
}

/** The list in a page: `data[key]`, the one array under data, or data itself if an array. */
export function pickList(data: unknown, key: string | undefined): unknown[] {
  if (Array.isArray(data)) return data;
  if (typeof data !== "object" || data === null) return [];

  const record = data as Record<string, unknown>;
  if (key !== undefined) {
    const value = record[key];
    // A missing key is an empty page; @tcapi/v2 relies on it for a documented pivot printed
    // under another key (reference §14).
    if (value === undefined) return [];
    return Array.isArray(value) ? value : [value];
  }
  const list = Object.values(record).find((value) => Array.isArray(value));
  return Array.isArray(list) ? list : [];
}

function totalOf(data: unknown): number | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const count = (data as Record<string, unknown>).resultCount;
  return typeof count === "number" ? count : undefined;
}

/**
 * Checks page size and start up front, so bad input fails before any request, then returns
 * the iterator of {@link paginateItems}.
 */
export function paginate<T>(request: PaginateRequest, fetchPage: PageFetcher): AsyncGenerator<T> {
  const limit = pageSizeOf(request);
  const start = startOf(request);
  return paginateItems<T>(request, fetchPage, limit, start);
}

/**
 * Yields every item of a list endpoint (reference §6). resultCount comes only with the first
 * page (resultStart 0), so it is read once; without it, a short page ends the listing. The
 * next page is requested while the current one is being yielded, so at most two pages are
 * held in memory.
 */
async function* paginateItems<T>(
  request: PaginateRequest,
  fetchPage: PageFetcher,
  limit: number,
  firstStart: number,
): AsyncGenerator<T> {
  let start = firstStart;
  const key = request.key;
  const base: PaginateRequest = { ...request };
  delete base.key;
  delete base.pageSize;

  const load = (from: number) =>
    fetchPage({ ...base, query: { ...base.query, resultStart: from, resultLimit: limit } }, key);

  let total: number | undefined;
  let first = true;
  let pending: Promise<unknown> | undefined = load(start);

  while (pending !== undefined) {
    const data = await pending;
    const items = pickList(data, key);
    if (first) total = totalOf(data);
    first = false;

    const next = start + items.length;
    const more = items.length > 0 && (total === undefined ? items.length === limit : next < total);
    pending = more ? load(next) : undefined;
    // If the consumer stops early, a prefetched page's failure must not surface as unhandled.
    pending?.catch(() => undefined);

    for (const item of items) yield item as T;
    start = next;
  }
}
