import { badRequest } from "./api-error.js";
import type { Query } from "./query.js";

export interface Page { start: number; limit: number }

const MAX_LIMIT = 10_000;
const MESSAGE = `The resultStart and resultLimit query parameters must be integers and the maximum value for resultLimit is ${MAX_LIMIT}`;

/** resultStart (default 0) and resultLimit (default 100, at most 10,000) — §6. */
export function readPage(query: Query): Page {
  const start = readInt(query.get("resultStart"), 0);
  const limit = readInt(query.get("resultLimit"), 100);
  if (start < 0 || limit < 1 || limit > MAX_LIMIT) throw badRequest(MESSAGE);
  return { start, limit };
}

/** The server parses both as 32-bit integers, so anything larger is refused like a non-number. */
const MAX_INT = 2_147_483_647;

function readInt(text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text) || Number(text) > MAX_INT) throw badRequest(MESSAGE);
  return Number(text);
}

/** resultCount is only sent for the first page (§6). */
export function countFor(page: Page, total: number): number | undefined {
  return page.start === 0 ? total : undefined;
}

/**
 * One page of a sorted id list. Without a predicate this is a slice (cost = the page);
 * with one, the list is scanned and matches are counted for resultCount.
 */
export function pageOf<T>(
  ids: readonly number[],
  lookup: (id: number) => T | undefined,
  page: Page,
  keep?: (item: T) => boolean,
): { items: T[]; total: number } {
  if (!keep) {
    const items: T[] = [];
    const end = Math.min(ids.length, page.start + page.limit);
    for (let i = page.start; i < end; i++) {
      const item = lookup(ids[i] ?? -1);
      if (item !== undefined) items.push(item);
    }
    return { items, total: ids.length };
  }

  const items: T[] = [];
  let total = 0;
  for (const id of ids) {
    const item = lookup(id);
    if (item === undefined || !keep(item)) continue;
    if (total >= page.start && items.length < page.limit) items.push(item);
    total++;
  }
  return { items, total };
}

/** Page an in-memory array (small collections: tags, attributes, pivots). */
export function pageArray<T>(all: readonly T[], page: Page): { items: T[]; total: number } {
  return { items: all.slice(page.start, page.start + page.limit), total: all.length };
}
