import type { AttributeRecord, Meta, TagRecord } from "./entities.js";
import type { Store } from "./store.js";

export function tagKey(ownerId: number, name: string): string {
  return `${ownerId}|${name.toLowerCase()}`;
}

/** Apply a tag to an item, creating the tag in the owner when needed (§11.4). */
export function applyTag(store: Store, ownerId: number, item: Meta, name: string): TagRecord {
  const key = tagKey(ownerId, name);
  let tag = store.tags.get(key);
  if (!tag) {
    tag = { name, id: store.nextId(), uses: 0 };
    store.tags.set(key, tag);
  }
  if (!item.tags.has(key)) {
    item.tags.add(key);
    tag.uses++;
  }
  return tag;
}

export function removeTag(store: Store, ownerId: number, item: Meta, name: string): boolean {
  const key = tagKey(ownerId, name);
  if (!item.tags.delete(key)) return false;
  const tag = store.tags.get(key);
  if (tag) tag.uses--;
  return true;
}

/** Tags of an item in the order they were applied. */
export function tagsOf(store: Store, item: Meta): TagRecord[] {
  const out: TagRecord[] = [];
  for (const key of item.tags) {
    const tag = store.tags.get(key);
    if (tag) out.push(tag);
  }
  return out;
}

export function attributesOf(store: Store, item: Meta): AttributeRecord[] {
  const out: AttributeRecord[] = [];
  for (const id of item.attributes) {
    const attribute = store.attributes.get(id);
    if (attribute) out.push(attribute);
  }
  return out;
}

/** Forget an item's tags and attributes when the item goes away. */
export function dropItemMeta(store: Store, ownerId: number, item: Meta): void {
  for (const key of item.tags) {
    const tag = store.tags.get(key);
    if (tag && key.startsWith(`${ownerId}|`)) tag.uses--;
  }
  for (const id of item.attributes) store.attributes.delete(id);
}
