import { findAssociationKind } from "../catalog/association-catalog.js";
import { findGroupKind } from "../catalog/group-catalog.js";
import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { checkedSummary, checkedValues, lookupIndicatorType } from "../catalog/indicator-catalog.js";
import { badRequest } from "../http/api-error.js";
import type { BatchSettings } from "./batch-job.js";
import { applyBatchMeta, readBatchMeta } from "./batch-meta.js";
import type { GroupRecord, IndicatorRecord } from "./entities.js";
import { readGroupInput } from "./group-input.js";
import { applyIndicatorProps, readIndicatorProps } from "./indicator-props.js";
import { existingForWrite, mergeFileHashes } from "./file-hashes.js";
import { conflictingIndicator, deleteIndicator, findIndicator, insertIndicator, newIndicator, setIndicatorActive } from "./indicators.js";
import { deleteGroup, insertGroup, newMeta } from "./items.js";
import { link } from "./links.js";
import { itemRef } from "./store.js";
import type { Store } from "./store.js";

/** Shared state while one job's items are applied. */
export interface BatchRun { store: Store; settings: BatchSettings; at: string; pendingLinks: [string, string][] }

/** Apply one indicator object (§12.3). Throws an Error whose message is the error reason; nothing changes then. */
export function applyBatchIndicator(run: BatchRun, raw: unknown): void {
  const item = objectOf(raw, "indicator");
  const typeName = item.type ?? item.indicatorType;
  if (typeof typeName !== "string") throw badRequest("type is required (an indicator type name such as Host)");
  const info = lookupIndicatorType(typeName);
  if (!info) throw badRequest(`Unknown indicator type "${typeName}"`);
  const { fields, summary } = valuesOf(info, item);
  const ownerId = run.settings.ownerId;

  if (run.settings.action === "Delete") {
    const found = conflictingIndicator(run.store, ownerId, info, summary, fields);
    if (!found) throw new Error(`Item not found: ${info.name} ${summary}`);
    deleteIndicator(run.store, found, run.at);
    return;
  }

  const props = readIndicatorProps(info, item);
  const meta = readBatchMeta(item);
  const groupXids = arrayOf(item, "associatedGroups").map((g) => {
    const xid = objectOf(g, "associatedGroups").groupXid;
    if (typeof xid !== "string") throw badRequest("associatedGroups[].groupXid must be a string");
    return xid;
  });

  const existing = existingForWrite(run.store, ownerId, info, summary, fields);
  const record: IndicatorRecord = existing ?? newIndicator(run.store, ownerId, info, fields, summary, run.at);
  if (existing && info.name === "File") mergeFileHashes(run.store, existing, fields);
  applyIndicatorProps(record, props);
  record.lastModified = run.at;
  if (!existing) insertIndicator(run.store, record);
  if (props.active !== undefined) setIndicatorActive(run.store, record, props.active);
  applyBatchMeta(run.store, run.settings, ownerId, record, meta, !existing, run.at);
  for (const xid of groupXids) if (xid !== "") run.pendingLinks.push([itemRef("indicator", record.id), `xid:${xid}`]);
}

/** Apply one group object (§12.3); groups are matched by xid within the owner. */
export function applyBatchGroup(run: BatchRun, raw: unknown): void {
  const item = objectOf(raw, "group");
  const kind = typeof item.type === "string" ? findGroupKind(item.type) : undefined;
  if (!kind) throw badRequest(`Unknown or missing group type "${String(item.type)}"`);
  const xid = item.xid;
  if (typeof xid !== "string" || xid === "") throw badRequest("xid is required for a group");
  const existingId = run.store.groupXids.get(xid);
  const existing = existingId === undefined ? undefined : run.store.groups.get(existingId);

  if (run.settings.action === "Delete") {
    if (!existing) throw new Error(`Item not found: group ${xid}`);
    deleteGroup(run.store, existing);
    return;
  }

  const input = readGroupInput(kind, item, existing === undefined);
  const meta = readBatchMeta(item);
  const links = arrayOf(item, "associatedGroupXid").map((x) => `xid:${String(x)}`);
  const indicators = arrayOf(item, "associatedIndicators").map((a) => {
    const o = objectOf(a, "associatedIndicators");
    return `ind:${String(o.indicatorType)}:${String(o.summary)}`;
  });

  const group: GroupRecord = existing ?? {
    id: run.store.nextId(), ownerId: run.settings.ownerId, type: kind.name, name: input.name ?? "", xid,
    fields: {}, dateAdded: run.at, lastModified: run.at, assets: [], published: false, ...newMeta(),
  };
  if (input.name !== undefined) group.name = input.name;
  Object.assign(group.fields, input.fields);
  group.lastModified = run.at;
  if (!existing) insertGroup(run.store, group);
  applyBatchMeta(run.store, run.settings, group.ownerId, group, meta, !existing, run.at);
  for (const target of [...links, ...indicators]) run.pendingLinks.push([itemRef("group", group.id), target]);
}

/** Apply one association object (§12.3: ref_n / id_n / type_n / associationType). */
export function applyBatchAssociation(run: BatchRun, raw: unknown): void {
  const item = objectOf(raw, "association");
  const a = resolveEnd(run, item, 1);
  const b = resolveEnd(run, item, 2);
  const typeName = item.associationType;
  if (typeof typeName === "string" && typeName !== "") {
    const kind = findAssociationKind(typeName);
    if (a.startsWith("i") && b.startsWith("i") && kind) {
      addTyped(run.store, kind.branch, Number(a.slice(1)), Number(b.slice(1)));
      return;
    }
  }
  link(run.store, a, b);
}

/** Links named inside indicator/group objects, resolved once every item exists; returns why each failed. */
export function resolvePendingLinks(run: BatchRun): string[] {
  const failed: string[] = [];
  for (const [from, target] of run.pendingLinks) {
    const to = resolveTarget(run, target);
    if (to === undefined) failed.push(`Item not found: ${describeTarget(target)} (associated with ${from.startsWith("g") ? "group" : "indicator"} ${from.slice(1)})`);
    else link(run.store, from, to);
  }
  return failed;
}

function describeTarget(target: string): string {
  if (target.startsWith("xid:")) return `group xid ${target.slice(4)}`;
  const [, type = "", ...rest] = target.split(":");
  return `${type} ${rest.join(":")}`;
}

function resolveTarget(run: BatchRun, target: string): string | undefined {
  if (target.startsWith("xid:")) {
    const id = run.store.groupXids.get(target.slice(4));
    return id === undefined ? undefined : itemRef("group", id);
  }
  const [, type = "", ...rest] = target.split(":");
  const info = lookupIndicatorType(type);
  const found = info ? findIndicator(run.store, run.settings.ownerId, info, rest.join(":")) : undefined;
  return found ? itemRef("indicator", found.id) : undefined;
}

function resolveEnd(run: BatchRun, item: Record<string, unknown>, n: 1 | 2): string {
  const id = item[`id_${n}`];
  const ref = item[`ref_${n}`];
  const type = item[`type_${n}`];
  if (typeof id === "number" || (typeof id === "string" && /^\d+$/.test(id))) {
    const num = Number(id);
    if (run.store.indicators.has(num)) return itemRef("indicator", num);
    if (run.store.groups.has(num)) return itemRef("group", num);
    throw new Error(`Item not found: id_${n} ${num}`);
  }
  if (typeof ref !== "string" || ref === "") throw badRequest(`ref_${n} or id_${n} is required`);
  const info = typeof type === "string" ? lookupIndicatorType(type) : undefined;
  const found = info
    ? resolveTarget(run, `ind:${info.name}:${ref}`)
    : resolveTarget(run, `xid:${ref}`);
  if (found === undefined) throw new Error(`Item not found: ref_${n} ${ref}`);
  return found;
}

function addTyped(store: Store, branch: string, a: number, b: number): void {
  for (const [from, to] of [[a, b], [b, a]] as const) {
    const key = `${branch}|${from}`;
    const set = store.typedLinks.get(key);
    if (set) set.add(to);
    else store.typedLinks.set(key, new Set([to]));
  }
}

/** Summary, or the type's value fields; for Files any hash field wins over summary (§12.3). */
function valuesOf(info: IndicatorTypeInfo, item: Record<string, unknown>): { fields: Record<string, string>; summary: string } {
  const hasFields = info.valueFields.some((f) => typeof item[f] === "string" && item[f] !== "");
  if (hasFields && (info.name === "File" || typeof item.summary !== "string")) return checkedValues(info, item);
  if (typeof item.summary !== "string" || item.summary === "") throw badRequest(`summary is required for a ${info.name} (or its value fields ${info.valueFields.join(", ")})`);
  return checkedSummary(info, item.summary);
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw badRequest(`each ${what} entry must be a JSON object`);
  return value as Record<string, unknown>;
}

function arrayOf(item: Record<string, unknown>, field: string): unknown[] {
  const value = item[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw badRequest(`${field} must be an array`);
  return value;
}
