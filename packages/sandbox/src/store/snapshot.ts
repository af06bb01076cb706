import type { AttributeRecord, GroupRecord, IndicatorRecord, MetricRecord, TaskRecord, VictimRecord } from "./entities.js";
import { insertIndicator } from "./indicators.js";
import { insertGroup, insertTask, insertVictim } from "./items.js";
import { Store } from "./store.js";

/** JSON form of a record whose Sets became arrays (and group content base64). */
type Plain<T> = Omit<T, "tags" | "labels" | "content" | "values"> & { tags?: string[] | undefined; labels?: string[] | undefined; content?: string | undefined; values?: [string, unknown][] };

interface Snapshot {
  version: 1;
  nextId: number;
  organizationId: number;
  owners: unknown[];
  users: unknown[];
  apiUser: unknown;
  indicators: Plain<IndicatorRecord>[];
  deletedIndicators: unknown[];
  groups: Plain<GroupRecord>[];
  tasks: Plain<TaskRecord>[];
  victims: Plain<VictimRecord>[];
  victimAssets: unknown[];
  attributes: Plain<AttributeRecord>[];
  tags: [string, unknown][];
  labels: [string, unknown][];
  links: [string, string[]][];
  typedLinks: [string, number[]][];
  metrics: Plain<MetricRecord>[];
}

function plain<T extends { tags?: Set<string>; labels?: Set<string> }>(record: T): Plain<T> {
  return { ...record, tags: record.tags ? [...record.tags] : undefined, labels: record.labels ? [...record.labels] : undefined };
}

/** Everything except batch jobs (they are runtime state). */
export function snapshotStore(store: Store): Snapshot {
  return {
    version: 1,
    nextId: store.idCounter,
    organizationId: store.organizationId,
    owners: [...store.owners.values()],
    users: store.users,
    apiUser: store.apiUser,
    indicators: [...store.indicators.values()].map(plain),
    deletedIndicators: store.deletedIndicators,
    groups: [...store.groups.values()].map((g) => ({ ...plain(g), content: g.content ? Buffer.from(g.content).toString("base64") : undefined })),
    tasks: [...store.tasks.values()].map(plain),
    victims: [...store.victims.values()].map(plain),
    victimAssets: [...store.victimAssets.values()],
    attributes: [...store.attributes.values()].map(plain),
    tags: [...store.tags.entries()],
    labels: [...store.labels.entries()],
    links: [...store.links.entries()].map(([k, v]) => [k, [...v]]),
    typedLinks: [...store.typedLinks.entries()].map(([k, v]) => [k, [...v]]),
    metrics: [...store.metrics.values()].map((m) => ({ ...m, values: [...m.values.entries()] })),
  };
}

/** Rebuild a store (and its indexes) from a snapshot written by snapshotStore. */
export function restoreStore(value: unknown): Store {
  const snap = value as Snapshot;
  if ((snap.version as number) !== 1) throw new Error("The sandbox data file has an unknown format version");
  const store = new Store();
  store.organizationId = snap.organizationId;
  for (const o of snap.owners as Store["owners"] extends Map<number, infer O> ? O[] : never) store.owners.set(o.id, o);
  store.users.push(...(snap.users as Store["users"]));
  Object.assign(store.apiUser, snap.apiUser);

  const sets = <T>(r: Plain<T>): T => ({ ...r, tags: new Set(r.tags ?? []), labels: new Set(r.labels ?? []) }) as unknown as T;
  for (const r of snap.indicators) insertIndicator(store, sets(r));
  store.deletedIndicators.push(...(snap.deletedIndicators as Store["deletedIndicators"]));
  for (const r of snap.groups) {
    const g = sets<GroupRecord>(r);
    if (typeof r.content === "string") g.content = new Uint8Array(Buffer.from(r.content, "base64"));
    else delete g.content;
    insertGroup(store, g);
  }
  for (const r of snap.tasks) insertTask(store, sets(r));
  for (const r of snap.victims) insertVictim(store, sets(r));
  for (const a of snap.victimAssets as { id: number }[]) store.victimAssets.set(a.id, a as never);
  for (const a of snap.attributes) store.attributes.set(a.id, { ...a, labels: new Set(a.labels ?? []) });
  for (const [k, v] of snap.tags) store.tags.set(k, v as never);
  for (const [k, v] of snap.labels) store.labels.set(k, v as never);
  for (const [k, v] of snap.links) store.links.set(k, new Set(v));
  for (const [k, v] of snap.typedLinks) store.typedLinks.set(k, new Set(v));
  for (const m of snap.metrics) store.metrics.set(m.id, { ...m, values: new Map(m.values as [string, never][]) });
  store.reserveIds(snap.nextId);
  return store;
}
