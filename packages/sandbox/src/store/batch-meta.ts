import { validateTagName } from "@tcapi/model";
import { badRequest } from "../http/api-error.js";
import type { BatchSettings } from "./batch-job.js";
import type { AttributeRecord, Meta } from "./entities.js";
import { applyTag, removeTag, tagsOf } from "./meta.js";
import type { Store } from "./store.js";

/** Attributes, tags and labels of a batch item, parsed (and checked) before anything is written. */
export interface BatchMeta {
  attributes: { type: string; value: string; displayed: boolean; source?: string; labels: string[] }[];
  tags: string[];
  labels: { name: string; description?: string; color?: string }[];
}

function list(item: Record<string, unknown>, field: string): Record<string, unknown>[] {
  const value = item[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "object" && v !== null)) throw badRequest(`${field} must be an array of objects`);
  return value as Record<string, unknown>[];
}

function text(obj: Record<string, unknown>, field: string, where: string): string {
  const value = obj[field];
  if (typeof value !== "string" || value.trim() === "") throw badRequest(`${where}.${field} is required`);
  return value;
}

export function readBatchMeta(item: Record<string, unknown>): BatchMeta {
  const labelsOf = (obj: Record<string, unknown>): BatchMeta["labels"] => list(obj, "securityLabel").map((l) => {
    const label: BatchMeta["labels"][number] = { name: text(l, "name", "securityLabel") };
    if (typeof l.description === "string") label.description = l.description;
    if (typeof l.color === "string") label.color = l.color;
    return label;
  });
  const tags = list(item, "tag").map((t) => {
    const checked = validateTagName(text(t, "name", "tag"), "tag.name");
    if (!checked.ok) throw badRequest(checked.problems.map((p) => p.message).join("; "));
    return checked.value;
  });
  const attributes = list(item, "attribute").map((a) => {
    const attr: BatchMeta["attributes"][number] = {
      type: text(a, "type", "attribute"), value: text(a, "value", "attribute"), displayed: a.displayed === true,
      labels: labelsOf(a).map((l) => l.name),
    };
    if (typeof a.source === "string") attr.source = a.source;
    return attr;
  });
  return { attributes, tags, labels: labelsOf(item) };
}

/** Apply parsed metadata with the job's write types (§12.2). */
export function applyBatchMeta(store: Store, settings: BatchSettings, ownerId: number, target: Meta, meta: BatchMeta, isNew: boolean, at: string): void {
  for (const label of meta.labels) ensureLabel(store, label, at);
  if (settings.securityLabelWriteType === "Replace") target.labels.clear();
  for (const label of meta.labels) target.labels.add(label.name.toLowerCase());

  if (settings.tagWriteType === "Replace") for (const tag of tagsOf(store, target)) removeTag(store, ownerId, target, tag.name);
  for (const name of meta.tags) applyTag(store, ownerId, target, name);

  if (settings.attributeWriteType === "Static" && !isNew) return;
  if (settings.attributeWriteType === "Replace") dropAttributes(store, target, () => true);
  for (const a of meta.attributes) {
    if (settings.attributeWriteType === "Singleton") dropAttributes(store, target, (x) => x.type === a.type);
    const record: AttributeRecord = { id: store.nextId(), type: a.type, value: a.value, displayed: a.displayed, dateAdded: at, lastModified: at, labels: new Set() };
    if (a.source !== undefined) record.source = a.source;
    for (const name of a.labels) {
      ensureLabel(store, { name }, at);
      record.labels.add(name.toLowerCase());
    }
    store.attributes.set(record.id, record);
    target.attributes.push(record.id);
  }
}

/** Batch may create labels (§11.11); an unknown label is created with what was given. */
function ensureLabel(store: Store, label: { name: string; description?: string; color?: string }, at: string): void {
  const key = label.name.toLowerCase();
  if (store.labels.has(key)) return;
  const record = { name: label.name, description: label.description ?? "", dateAdded: at };
  store.labels.set(key, label.color === undefined ? record : { ...record, color: label.color });
}

function dropAttributes(store: Store, target: Meta, drop: (a: AttributeRecord) => boolean): void {
  target.attributes = target.attributes.filter((id) => {
    const a = store.attributes.get(id);
    if (a && drop(a)) {
      store.attributes.delete(id);
      return false;
    }
    return true;
  });
}
