import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { lookupIndicatorType, normalizedForLookup } from "../catalog/indicator-catalog.js";
import type { IndicatorRecord } from "./entities.js";
import { keysOf, listKeys, valueKey } from "./indicator-keys.js";
import { itemRef } from "./store.js";
import type { Store } from "./store.js";
import { dropItemMeta } from "./meta.js";
import { unlinkAll } from "./links.js";

/** Find an indicator by type and any identifying value (for Files: any one hash). */
export function findIndicator(store: Store, ownerId: number, info: IndicatorTypeInfo, value: string): IndicatorRecord | undefined {
  const direct = store.indicatorKeys.get(valueKey(ownerId, info, value));
  const id = direct ?? store.indicatorKeys.get(valueKey(ownerId, info, normalizedForLookup(info, value)));
  return id === undefined ? undefined : store.indicators.get(id);
}

/** The id of an existing indicator holding one of these values, if any. */
export function conflictingIndicator(store: Store, ownerId: number, info: IndicatorTypeInfo, summary: string, fields: Record<string, string>): IndicatorRecord | undefined {
  for (const key of keysOf(ownerId, info, summary, fields)) {
    const id = store.indicatorKeys.get(key);
    if (id !== undefined) return store.indicators.get(id);
  }
  return undefined;
}

/** Insert a fully validated record and index it. */
export function insertIndicator(store: Store, record: IndicatorRecord): void {
  const info = lookupIndicatorType(record.type);
  if (!info) throw new Error(`unknown indicator type ${record.type}`);
  store.indicators.set(record.id, record);
  for (const key of keysOf(record.ownerId, info, record.summary, record.fields)) store.indicatorKeys.set(key, record.id);
  const keys = listKeys(record.ownerId, record.type);
  store.indicatorIndex.add(keys.all, record.id);
  store.indicatorIndex.add(keys.typed, record.id);
  if (record.active) {
    store.indicatorIndex.add(keys.active, record.id);
    store.indicatorIndex.add(keys.activeTyped, record.id);
  }
}

/** Keep the active lists in step with the flag. */
export function setIndicatorActive(store: Store, record: IndicatorRecord, active: boolean): void {
  if (record.active === active) return;
  record.active = active;
  const keys = listKeys(record.ownerId, record.type);
  if (active) {
    store.indicatorIndex.add(keys.active, record.id);
    store.indicatorIndex.add(keys.activeTyped, record.id);
  } else {
    store.indicatorIndex.remove(keys.active, record.id);
    store.indicatorIndex.remove(keys.activeTyped, record.id);
  }
}

/** Re-key a File whose hashes changed (batch merges). */
export function rekeyIndicator(store: Store, record: IndicatorRecord, fields: Record<string, string>, summary: string): void {
  const info = lookupIndicatorType(record.type);
  if (!info) return;
  for (const key of keysOf(record.ownerId, info, record.summary, record.fields)) store.indicatorKeys.delete(key);
  record.fields = fields;
  record.summary = summary;
  for (const key of keysOf(record.ownerId, info, summary, fields)) store.indicatorKeys.set(key, record.id);
}

/** Remove an indicator, its metadata and links; remember it for /deleted. */
export function deleteIndicator(store: Store, record: IndicatorRecord, at: string): void {
  const info = lookupIndicatorType(record.type);
  if (info) for (const key of keysOf(record.ownerId, info, record.summary, record.fields)) store.indicatorKeys.delete(key);
  const keys = listKeys(record.ownerId, record.type);
  for (const key of Object.values(keys)) store.indicatorIndex.remove(key, record.id);
  store.indicators.delete(record.id);
  dropItemMeta(store, record.ownerId, record);
  unlinkAll(store, itemRef("indicator", record.id));
  for (const [key, set] of store.typedLinks) {
    if (key.endsWith(`|${record.id}`)) store.typedLinks.delete(key);
    else set.delete(record.id);
  }
  store.deletedIndicators.push({ ownerId: record.ownerId, type: record.type, summary: record.summary, dateAdded: record.dateAdded, deletedAt: at });
}

/** A new empty record with defaults; callers fill in values after validation. */
export function newIndicator(store: Store, ownerId: number, info: IndicatorTypeInfo, fields: Record<string, string>, summary: string, at: string): IndicatorRecord {
  return {
    id: store.nextId(), ownerId, type: info.name, summary, fields,
    active: true, activeLocked: false, privateFlag: false,
    dateAdded: at, lastModified: at,
    attributes: [], tags: new Set(), labels: new Set(),
    observations: [], falsePositives: undefined, fileOccurrences: [],
  };
}
