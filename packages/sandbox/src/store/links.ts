import type { Store } from "./store.js";

/** Link two item references both ways. */
export function link(store: Store, a: string, b: string): void {
  add(store, a, b);
  add(store, b, a);
}

export function unlink(store: Store, a: string, b: string): boolean {
  const had = store.links.get(a)?.delete(b) ?? false;
  store.links.get(b)?.delete(a);
  return had;
}

export function isLinked(store: Store, a: string, b: string): boolean {
  return store.links.get(a)?.has(b) ?? false;
}

/** Every reference linked to `ref`, filtered by prefix (`i`, `g`, `t`, `v`, `a`). */
export function linkedIds(store: Store, ref: string, prefix: string): number[] {
  const out: number[] = [];
  for (const other of store.links.get(ref) ?? []) {
    if (other.startsWith(prefix)) out.push(Number(other.slice(prefix.length)));
  }
  return out.sort((x, y) => x - y);
}

export function unlinkAll(store: Store, ref: string): void {
  for (const other of store.links.get(ref) ?? []) store.links.get(other)?.delete(ref);
  store.links.delete(ref);
}

function add(store: Store, from: string, to: string): void {
  const set = store.links.get(from);
  if (set) set.add(to);
  else store.links.set(from, new Set([to]));
}
