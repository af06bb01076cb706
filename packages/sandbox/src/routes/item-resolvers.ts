import type { RequestContext } from "../http/request-context.js";
import type { Meta } from "../store/entities.js";
import type { ItemKind } from "../store/store.js";
import { groupFromPath } from "./group-lookup.js";
import { indicatorFromPath } from "./indicator-lookup.js";
import { taskFromPath } from "./task-routes.js";
import { victimFromPath } from "./victim-routes.js";

/** An item addressed by a route prefix, with what metadata and association routes need. */
export interface ResolvedItem { kind: ItemKind; id: number; ownerId: number; meta: Meta }

export interface ItemPrefix { kind: ItemKind; prefix: string; resolve: (ctx: RequestContext) => ResolvedItem }

/** The four kinds of item that take attributes, tags, labels and associations (§11.4, §11.8, §11.12, §11.13). */
export const ITEM_PREFIXES: readonly ItemPrefix[] = [
  {
    kind: "indicator",
    prefix: "/v2/indicators/:branch/:value",
    resolve: (ctx) => {
      const { record } = indicatorFromPath(ctx);
      return { kind: "indicator", id: record.id, ownerId: record.ownerId, meta: record };
    },
  },
  {
    kind: "group",
    prefix: "/v2/groups/:gbranch/:gid",
    resolve: (ctx) => {
      const { group } = groupFromPath(ctx);
      return { kind: "group", id: group.id, ownerId: group.ownerId, meta: group };
    },
  },
  {
    kind: "task",
    prefix: "/v2/tasks/:tid",
    resolve: (ctx) => {
      const task = taskFromPath(ctx);
      return { kind: "task", id: task.id, ownerId: task.ownerId, meta: task };
    },
  },
  {
    kind: "victim",
    prefix: "/v2/victims/:vid",
    resolve: (ctx) => {
      const victim = victimFromPath(ctx);
      return { kind: "victim", id: victim.id, ownerId: victim.ownerId, meta: victim };
    },
  },
];
