import type { TaskRecord, UserRecord, VictimAssetRecord, VictimRecord } from "../store/entities.js";
import { ownerName, ownerRef } from "../store/owners.js";
import type { Store } from "../store/store.js";
import { findVictimAssetKind } from "../catalog/asset-catalog.js";
import { renderAttribute, renderTag } from "./render-meta.js";
import { taskLink, victimLink } from "./web-link.js";

export interface ItemView { single: boolean; includeTags: boolean; includeAttributes: boolean }

/** A task (fixtures 004, 199, 212, 214, 234). */
export function renderTask(store: Store, task: TaskRecord, view: ItemView): Record<string, unknown> {
  const out: Record<string, unknown> = { id: task.id, name: task.name };
  if (view.single) out.owner = ownerRef(store, task.ownerId);
  else out.ownerName = ownerName(store, task.ownerId);
  out.dateAdded = task.dateAdded;
  if (view.single) out.lastModified = task.lastModified;
  out.webLink = taskLink(task.id);
  if (task.description !== undefined && view.single) out.description = task.description;
  out.status = task.status;
  out.escalated = task.escalated;
  out.reminded = task.reminded;
  out.overdue = task.overdue;
  if (task.dueDate !== undefined) out.dueDate = task.dueDate;
  if (task.reminderDate !== undefined) out.reminderDate = task.reminderDate;
  if (task.escalationDate !== undefined) out.escalationDate = task.escalationDate;
  if (view.single && task.assignees.length > 0) out.assignee = task.assignees.map((u) => renderUser(store, u));
  if (view.single && task.escalatees.length > 0) out.escalatee = task.escalatees.map((u) => renderUser(store, u));
  addMeta(store, out, task, task.ownerId, view);
  return out;
}

/** A victim (fixtures 084, 173, 251, 268); victims carry no owner (§4.3). */
export function renderVictim(store: Store, victim: VictimRecord, view: ItemView): Record<string, unknown> {
  const out: Record<string, unknown> = { id: victim.id, name: victim.name };
  if (view.single && victim.description !== undefined) out.description = victim.description;
  for (const key of ["org", "suborg", "workLocation", "nationality"] as const) {
    const value = victim[key];
    if (value !== undefined) out[key] = value;
  }
  out.webLink = victimLink(victim.id);
  addMeta(store, out, victim, victim.ownerId, view);
  return out;
}

/** Untyped (`victimAsset[]`: id, name, type, webLink) or typed (`victimNetworkAccount`: id, type, webLink, fields). */
export function renderVictimAsset(asset: VictimAssetRecord, typed: boolean): Record<string, unknown> {
  const kind = findVictimAssetKind(asset.branch);
  const out: Record<string, unknown> = { id: asset.id };
  if (!typed) out.name = kind ? (asset.fields[kind.nameField] ?? "") : "";
  out.type = kind?.type ?? asset.branch;
  out.webLink = victimLink(asset.victimId);
  if (typed) for (const [key, value] of Object.entries(asset.fields)) out[key] = value;
  return out;
}

export function renderUser(store: Store, userName: string): UserRecord | { userName: string; firstName: string; lastName: string } {
  const user = store.users.find((u) => u.userName.toLowerCase() === userName.toLowerCase());
  return user ? { userName: user.userName, firstName: user.firstName, lastName: user.lastName } : { userName, firstName: "", lastName: "" };
}

function addMeta(store: Store, out: Record<string, unknown>, item: TaskRecord | VictimRecord, ownerId: number, view: ItemView): void {
  if (view.includeAttributes) out.attribute = item.attributes.map((id) => store.attributes.get(id)).filter((a) => a !== undefined).map((a) => renderAttribute(a, false));
  if (view.includeTags) {
    const owner = ownerName(store, ownerId);
    out.tag = [...item.tags].map((key) => store.tags.get(key)).filter((t) => t !== undefined).map((t) => renderTag(t, owner, false));
  }
}
