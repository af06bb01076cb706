/**
 * Ordered id lists per key (owner, owner+type, …). Ids are handed out in increasing order,
 * so each list stays sorted and a page is a slice: listing cost follows the page, not the store.
 */
export class IdIndex {
  private readonly lists = new Map<string, number[]>();

  add(key: string, id: number): void {
    const list = this.lists.get(key);
    if (!list) {
      this.lists.set(key, [id]);
      return;
    }
    const last = list[list.length - 1];
    if (last === undefined || last < id) list.push(id);
    else list.splice(lowerBound(list, id), 0, id);
  }

  remove(key: string, id: number): void {
    const list = this.lists.get(key);
    if (!list) return;
    const at = lowerBound(list, id);
    if (list[at] === id) list.splice(at, 1);
  }

  count(key: string): number {
    return this.lists.get(key)?.length ?? 0;
  }

  /** The ids at positions start..start+limit (a copy, so callers may mutate the store). */
  page(key: string, start: number, limit: number): number[] {
    return this.lists.get(key)?.slice(start, start + limit) ?? [];
  }

  /** The whole list, read-only, for filtered scans. */
  all(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }
}

function lowerBound(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
