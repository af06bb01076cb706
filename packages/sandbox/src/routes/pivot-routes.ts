import { indicatorTypeOrThrow } from "../catalog/indicator-catalog.js";
import { badRequest, notFound } from "../http/api-error.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderGroup } from "../render/render-group.js";
import { renderIndicator } from "../render/render-indicator.js";
import { renderTask, renderVictim, renderVictimAsset } from "../render/render-task-victim.js";
import { findIndicator } from "../store/indicators.js";
import { isLinked, link, linkedIds, unlink } from "../store/links.js";
import { itemRef } from "../store/store.js";
import { groupFromPath } from "./group-lookup.js";
import { groupView } from "./group-routes.js";
import { indicatorView } from "./indicator-lookup.js";
import { ITEM_PREFIXES } from "./item-resolvers.js";
import type { ItemPrefix, ResolvedItem } from "./item-resolvers.js";
import { registerMetaRoutes } from "./meta-routes.js";
import { defined, groupList, indicatorList, taskList, victimList } from "./render-lists.js";
import { assetKind, assetsOf, victimFromPath } from "./victim-routes.js";
import { taskFromPath } from "./task-routes.js";

/** Metadata and associations under every item prefix (§11.4–11.5, §11.8–11.9, §11.12–11.13). */
export function registerPivotRoutes(router: Router): void {
  for (const item of ITEM_PREFIXES) {
    registerMetaRoutes(router, item);
    registerGroupLinks(router, item);
    registerIndicatorLinks(router, item);
    registerVictimLinks(router, item);
    registerTaskLinks(router, item);
  }
}

/**
 * Ids linked to the item. Victims see indicators and other victims through shared groups,
 * since direct victim–indicator links do not exist (§11.13).
 */
function related(ctx: RequestContext, item: ItemPrefix, prefix: string): number[] {
  const self = ref(item.resolve(ctx));
  if (item.kind !== "victim" || (prefix !== "i" && prefix !== "v")) return linkedIds(ctx.store, self, prefix);
  const found = new Set<number>();
  for (const group of linkedIds(ctx.store, self, "g")) {
    for (const id of linkedIds(ctx.store, itemRef("group", group), prefix)) if (`${prefix}${id}` !== self) found.add(id);
  }
  return [...found].sort((a, b) => a - b);
}

function ref(item: ResolvedItem): string {
  return itemRef(item.kind, item.id);
}

/** Link/unlink replies share one shape; a missing link on GET/DELETE is a 404. */
function linkAction(ctx: RequestContext, from: string, to: string): boolean {
  if (from === to) throw badRequest("An item cannot be associated with itself");
  if (ctx.method === "POST") {
    link(ctx.store, from, to);
    return true;
  }
  if (ctx.method === "DELETE") {
    if (!unlink(ctx.store, from, to)) throw notFound();
    return true;
  }
  if (!isLinked(ctx.store, from, to)) throw notFound();
  return false;
}

function registerGroupLinks(router: Router, item: ItemPrefix): void {
  const p = item.prefix;
  const linked = (ctx: RequestContext) => defined(linkedIds(ctx.store, ref(item.resolve(ctx)), "g").map((id) => ctx.store.groups.get(id)));
  router.on("GET", `${p}/groups`, (ctx) => groupList(ctx, linked(ctx)));
  router.on("GET", `${p}/groups/:gb2`, (ctx) => groupList(ctx, linked(ctx), ctx.param("gb2")));
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, `${p}/groups/:gb2/:gid2`, (ctx) => {
      const from = item.resolve(ctx);
      const { kind, group } = groupFromPath(ctx, "gb2", "gid2");
      assertVictimHasAsset(ctx, from);
      if (linkAction(ctx, ref(from), itemRef("group", group.id))) return okReply();
      return itemReply(kind.entity, renderGroup(ctx.store, group, groupView(ctx, true, true)));
    });
  }
}

function registerIndicatorLinks(router: Router, item: ItemPrefix): void {
  const p = item.prefix;
  const linked = (ctx: RequestContext) => defined(related(ctx, item, "i").map((id) => ctx.store.indicators.get(id)));
  router.on("GET", `${p}/indicators`, (ctx) => indicatorList(ctx, linked(ctx)));
  router.on("GET", `${p}/indicators/:ib2`, (ctx) => {
    indicatorTypeOrThrow(ctx.param("ib2"));
    return indicatorList(ctx, linked(ctx), ctx.param("ib2"));
  });
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, `${p}/indicators/:ib2/:iv2`, (ctx) => {
      const from = item.resolve(ctx);
      if (from.kind === "victim" && method !== "GET") {
        throw badRequest("Victims cannot be associated with indicators directly; associate both with a group");
      }
      const info = indicatorTypeOrThrow(ctx.param("ib2"));
      const target = findIndicator(ctx.store, ctx.owner().id, info, ctx.param("iv2"));
      // Associating does not create the indicator (§11.9).
      if (!target) throw notFound();
      if (from.kind === "victim") assertRelated(ctx, item, "i", target.id);
      else if (linkAction(ctx, ref(from), itemRef("indicator", target.id))) return okReply();
      return itemReply(info.apiEntity, renderIndicator(ctx.store, target, indicatorView(ctx, "typed", true)));
    });
  }
}

function registerVictimLinks(router: Router, item: ItemPrefix): void {
  const p = item.prefix;
  const linked = (ctx: RequestContext) => defined(related(ctx, item, "v").map((id) => ctx.store.victims.get(id)));
  router.on("GET", `${p}/victims`, (ctx) => victimList(ctx, linked(ctx)));
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, `${p}/victims/:vid2`, (ctx) => {
      const from = item.resolve(ctx);
      const victim = victimFromPath(ctx, "vid2");
      if (from.kind === "victim") {
        if (method !== "GET") throw badRequest("Victims cannot be associated with other victims directly; associate both with a group");
        assertRelated(ctx, item, "v", victim.id);
        return itemReply("victim", renderVictim(ctx.store, victim, { single: true, includeTags: false, includeAttributes: false }));
      }
      if (method === "POST" && assetsOf(ctx, victim.id).length === 0) {
        throw badRequest("A victim needs at least one victim asset before it can be associated");
      }
      if (linkAction(ctx, ref(from), itemRef("victim", victim.id))) return okReply();
      return itemReply("victim", renderVictim(ctx.store, victim, { single: true, includeTags: false, includeAttributes: false }));
    });
  }

  const linkedAssets = (ctx: RequestContext) => defined(linkedIds(ctx.store, ref(item.resolve(ctx)), "a").map((id) => ctx.store.victimAssets.get(id)));
  // Victims list their own assets in victim-routes.ts.
  if (item.kind === "victim") return;
  router.on("GET", `${p}/victimAssets`, (ctx) => {
    const assets = linkedAssets(ctx).map((a) => renderVictimAsset(a, false));
    return listReply("victimAsset", assets, assets.length);
  });
  router.on("GET", `${p}/victimAssets/:vab`, (ctx) => {
    const kind = assetKind(ctx.param("vab"));
    const assets = linkedAssets(ctx).filter((a) => a.branch === kind.branch).map((a) => renderVictimAsset(a, true));
    return listReply(kind.key, assets, assets.length);
  });
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, `${p}/victimAssets/:vab/:vaid`, (ctx) => {
      const from = item.resolve(ctx);
      const kind = assetKind(ctx.param("vab"));
      const asset = ctx.store.victimAssets.get(Number(ctx.param("vaid")));
      if (asset?.branch !== kind.branch) throw notFound();
      if (linkAction(ctx, ref(from), itemRef("victimAsset", asset.id))) return okReply();
      return itemReply(kind.key, renderVictimAsset(asset, true));
    });
  }
}

function registerTaskLinks(router: Router, item: ItemPrefix): void {
  const p = item.prefix;
  const linked = (ctx: RequestContext) => defined(linkedIds(ctx.store, ref(item.resolve(ctx)), "t").map((id) => ctx.store.tasks.get(id)));
  router.on("GET", `${p}/tasks`, (ctx) => taskList(ctx, linked(ctx)));
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, `${p}/tasks/:tid2`, (ctx) => {
      const from = item.resolve(ctx);
      const task = taskFromPath(ctx, "tid2");
      assertVictimHasAsset(ctx, from);
      if (linkAction(ctx, ref(from), itemRef("task", task.id))) return okReply();
      return itemReply("task", renderTask(ctx.store, task, { single: true, includeTags: false, includeAttributes: false }));
    });
  }
}

/** A victim reaches indicators and other victims only through a shared group (§11.13); else 404. */
function assertRelated(ctx: RequestContext, item: ItemPrefix, prefix: "i" | "v", id: number): void {
  if (!related(ctx, item, prefix).includes(id)) throw notFound();
}

/** A victim must have at least one asset before it is associated with anything (§11.13). */
function assertVictimHasAsset(ctx: RequestContext, from: ResolvedItem): void {
  if (ctx.method === "POST" && from.kind === "victim" && assetsOf(ctx, from.id).length === 0) {
    throw badRequest("A victim needs at least one victim asset before it can be associated");
  }
}
