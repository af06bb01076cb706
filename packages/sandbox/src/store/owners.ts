import type { OwnerRecord } from "./entities.js";
import type { Store } from "./store.js";

/** Owners are matched by exact name first, then case-insensitively. */
export function findOwnerByName(store: Store, name: string): OwnerRecord | undefined {
  let loose: OwnerRecord | undefined;
  const lower = name.toLowerCase();
  for (const owner of store.owners.values()) {
    if (owner.name === name) return owner;
    if (owner.name.toLowerCase() === lower) loose ??= owner;
  }
  return loose;
}

/** The `{id, name, type}` shape used in single-item responses. */
export function ownerRef(store: Store, ownerId: number): OwnerRecord {
  const owner = store.owners.get(ownerId);
  return owner ? { id: owner.id, name: owner.name, type: owner.type } : { id: ownerId, name: "Unknown", type: "Organization" };
}

export function ownerName(store: Store, ownerId: number): string {
  return store.owners.get(ownerId)?.name ?? "Unknown";
}
