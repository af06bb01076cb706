import type { GroupRecord, TaskRecord, VictimRecord } from "./entities.js";
import { unlinkAll } from "./links.js";
import { dropItemMeta } from "./meta.js";
import { itemRef } from "./store.js";
import type { Store } from "./store.js";

/** Insert and index groups, tasks and victims (per owner, and per owner+type for groups). */
export function insertGroup(store: Store, group: GroupRecord): void {
  store.groups.set(group.id, group);
  store.groupXids.set(group.xid, group.id);
  store.groupIndex.add(`${group.ownerId}`, group.id);
  store.groupIndex.add(`${group.ownerId}|${group.type}`, group.id);
}

export function deleteGroup(store: Store, group: GroupRecord): void {
  store.groups.delete(group.id);
  store.groupXids.delete(group.xid);
  store.groupIndex.remove(`${group.ownerId}`, group.id);
  store.groupIndex.remove(`${group.ownerId}|${group.type}`, group.id);
  dropItemMeta(store, group.ownerId, group);
  unlinkAll(store, itemRef("group", group.id));
}

export function insertTask(store: Store, task: TaskRecord): void {
  store.tasks.set(task.id, task);
  store.taskIndex.add(`${task.ownerId}`, task.id);
}

export function deleteTask(store: Store, task: TaskRecord): void {
  store.tasks.delete(task.id);
  store.taskIndex.remove(`${task.ownerId}`, task.id);
  dropItemMeta(store, task.ownerId, task);
  unlinkAll(store, itemRef("task", task.id));
}

export function insertVictim(store: Store, victim: VictimRecord): void {
  store.victims.set(victim.id, victim);
  store.victimIndex.add(`${victim.ownerId}`, victim.id);
}

export function deleteVictim(store: Store, victim: VictimRecord): void {
  store.victims.delete(victim.id);
  store.victimIndex.remove(`${victim.ownerId}`, victim.id);
  dropItemMeta(store, victim.ownerId, victim);
  unlinkAll(store, itemRef("victim", victim.id));
  for (const asset of [...store.victimAssets.values()]) {
    if (asset.victimId !== victim.id) continue;
    store.victimAssets.delete(asset.id);
    unlinkAll(store, itemRef("victimAsset", asset.id));
  }
}

export function newMeta(): { attributes: number[]; tags: Set<string>; labels: Set<string> } {
  return { attributes: [], tags: new Set(), labels: new Set() };
}
