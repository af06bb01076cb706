import { endpoint } from "./endpoint.js";
import { listInput, readEntity, readList, writeInput, type Context } from "./context.js";
import { checkGroupChanges } from "./check-group.js";
import type { GroupSummaryItem, GroupTypeName, GroupsByType } from "./entities.js";
import type { GroupFilterField } from "./filters.js";
import type { AnyGroupCreate, GroupCreate, GroupUpdate } from "./group-bodies.js";
import { groupHandle, type GroupHandleOf } from "./group-handle.js";
import { resolveGroupType, type GroupTypeInput } from "./indicator-kind.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { GroupOf } from "./type-maps.js";
import type { WriteOptions } from "./write-options.js";

/** Options of group lists. @public */
export type GroupListOptions = ListOptions<GroupFilterField>;

/** Groups of one type, e.g. `client.groups.incidents`. @public */
export interface TypedGroups<K extends GroupTypeName> {
  list(options?: GroupListOptions): AsyncIterable<GroupsByType[K]>;
  get(id: number | string, options?: ReadOptions): Promise<GroupsByType[K]>;
  create(body: GroupCreate<K>, options?: WriteOptions): Promise<GroupsByType[K]>;
  update(id: number | string, changes: GroupUpdate<K>, options?: WriteOptions): Promise<GroupsByType[K]>;
  delete(id: number | string, options?: WriteOptions): Promise<void>;
  /** The group `id` and its sub-resources. */
  at(id: number | string, options?: { owner?: string }): GroupHandleOf<K>;
}

/** Canonical name of a group type given by name or branch. */
type NameOf<T> = T extends GroupTypeName ? T : Extract<GroupOf<T>, { type?: unknown }>["type"] & GroupTypeName;

/** `client.groups` (API reference §11.7–§11.9). @public */
export interface GroupsResource {
  list<T extends GroupTypeInput | undefined = undefined>(
    options?: GroupListOptions & { type?: T },
  ): AsyncIterable<T extends GroupTypeInput ? GroupOf<T> : GroupSummaryItem>;
  get<T extends GroupTypeInput>(type: T, id: number | string, options?: ReadOptions): Promise<GroupOf<T>>;
  /** Creates a group from a body naming its type, e.g. `{ type: "Incident", name, eventDate }`. */
  create<B extends AnyGroupCreate>(body: B, options?: WriteOptions): Promise<GroupOf<B["type"]>>;
  update<T extends GroupTypeName>(type: T, id: number | string, changes: GroupUpdate<T>, options?: WriteOptions): Promise<GroupOf<T>>;
  delete(type: GroupTypeInput, id: number | string, options?: WriteOptions): Promise<void>;
  at<T extends GroupTypeInput>(type: T, id: number | string, options?: { owner?: string }): GroupHandleOf<NameOf<T>>;
  readonly adversaries: TypedGroups<"Adversary">;
  readonly attackPatterns: TypedGroups<"Attack Pattern">;
  readonly campaigns: TypedGroups<"Campaign">;
  readonly coursesOfAction: TypedGroups<"Course of Action">;
  readonly documents: TypedGroups<"Document">;
  readonly emails: TypedGroups<"Email">;
  readonly events: TypedGroups<"Event">;
  readonly incidents: TypedGroups<"Incident">;
  readonly intrusionSets: TypedGroups<"Intrusion Set">;
  readonly malware: TypedGroups<"Malware">;
  readonly reports: TypedGroups<"Report">;
  readonly signatures: TypedGroups<"Signature">;
  readonly tactics: TypedGroups<"Tactic">;
  readonly threats: TypedGroups<"Threat">;
  readonly tools: TypedGroups<"Tool">;
  readonly vulnerabilities: TypedGroups<"Vulnerability">;
}

/** @internal */
export function createGroups(ctx: Context): GroupsResource {
  const at = (type: GroupTypeInput, id: number | string, owner?: string) => groupHandle(ctx, resolveGroupType(type), id, owner);

  const create = (type: GroupTypeInput, body: Record<string, unknown>, options: WriteOptions) => {
    const kind = resolveGroupType(type);
    checkGroupChanges(kind.name, body, "create");
    const request = endpoint("POST /v2/groups/{groupType}", { ...writeInput(options, body), params: { groupType: kind.branch } });
    return readEntity(ctx, request, kind.entity, kind.name);
  };

  const typed = (type: GroupTypeName) => ({
    list: (options: GroupListOptions = {}) => {
      const kind = resolveGroupType(type);
      const request = endpoint("GET /v2/groups/{groupType}", { ...listInput(options), params: { groupType: kind.branch } });
      return readList(ctx, request, kind.entity, options, kind.name);
    },
    get: (id: number | string, options: ReadOptions = {}) => at(type, id, options.owner).get(options),
    create: (body: Record<string, unknown>, options: WriteOptions = {}) => create(type, body, options),
    update: (id: number | string, changes: GroupUpdate, options: WriteOptions = {}) => at(type, id, options.owner).update(changes, options),
    delete: (id: number | string, options: WriteOptions = {}) => at(type, id, options.owner).delete(options),
    at: (id: number | string, options: { owner?: string } = {}) => at(type, id, options.owner),
  });

  return {
    list: (options = {}) => {
      if (options.type !== undefined) return typed(resolveGroupType(options.type).name).list(options) as never;
      return readList(ctx, endpoint("GET /v2/groups", listInput(options)), "group", options) as never;
    },
    get: (type, id, options = {}) => at(type, id, options.owner).get(options) as never,
    create: (body, options = {}) => {
      const { type, ...rest } = body;
      return create(type, rest, options) as never;
    },
    update: (type, id, changes, options = {}) => at(type, id, options.owner).update(changes, options) as never,
    delete: (type, id, options = {}) => at(type, id, options.owner).delete(options),
    at: (type, id, options = {}) => at(type, id, options.owner) as never,
    adversaries: typed("Adversary") as never,
    attackPatterns: typed("Attack Pattern") as never,
    campaigns: typed("Campaign") as never,
    coursesOfAction: typed("Course of Action") as never,
    documents: typed("Document") as never,
    emails: typed("Email") as never,
    events: typed("Event") as never,
    incidents: typed("Incident") as never,
    intrusionSets: typed("Intrusion Set") as never,
    malware: typed("Malware") as never,
    reports: typed("Report") as never,
    signatures: typed("Signature") as never,
    tactics: typed("Tactic") as never,
    threats: typed("Threat") as never,
    tools: typed("Tool") as never,
    vulnerabilities: typed("Vulnerability") as never,
  };
}
