import { indicatorTypeOrThrow } from "../catalog/indicator-catalog.js";
import { badRequest, notFound } from "../http/api-error.js";
import { findIndicator } from "../store/indicators.js";
import { optString } from "../http/body-fields.js";
import type { FilterFields } from "../http/filters.js";
import { readFilters } from "../http/filters.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderLabel, renderTag } from "../render/render-meta.js";
import type { LabelRecord, Meta, TagRecord } from "../store/entities.js";
import { tagKey } from "../store/meta.js";
import type { Store } from "../store/store.js";
import { checkedTagName } from "./meta-routes.js";
import { defined, groupList, indicatorList, taskList, victimList } from "./render-lists.js";

/** §11.10 and §11.11: tags and security labels, and the items carrying them. */
export function registerTagLabelRoutes(router: Router): void {
  router.on("GET", "/v2/tags", (ctx) => {
    const owner = ctx.owner();
    const page = readPage(ctx.query);
    const filters = readFilters<TagRecord>(ctx.query, TAG_FILTERS);
    const all = [...ctx.store.tags.entries()].filter(([k]) => k.startsWith(`${owner.id}|`)).map(([, t]) => t).filter((t) => filters?.keep(t) ?? true);
    const detailed = ctx.query.flag("detailed");
    const { items, total } = pageArray(all, page);
    return listReply("tag", items.map((t) => renderTag(t, owner.name, detailed)), countFor(page, total));
  });

  router.on("GET", "/v2/tags/:tag", (ctx) => itemReply("tag", renderTag(tagFromPath(ctx), ctx.owner().name, true)));

  router.on("POST", "/v2/tags", async (ctx) => {
    const owner = ctx.owner();
    const body = await ctx.json();
    const name = checkedTagName(optString(body, "name") ?? "");
    const description = optString(body, "description", 500);
    const key = tagKey(owner.id, name);
    const tag = ctx.store.tags.get(key) ?? { name, id: ctx.store.nextId(), uses: 0 };
    if (description !== undefined) tag.description = description;
    ctx.store.tags.set(key, tag);
    return itemReply("tag", renderTag(tag, owner.name, true), 201);
  });

  router.on("PUT", "/v2/tags/:tag", async (ctx) => {
    const owner = ctx.owner();
    const tag = tagFromPath(ctx);
    const body = await ctx.json();
    const name = body.name === undefined ? undefined : checkedTagName(optString(body, "name") ?? "");
    const description = optString(body, "description", 500);
    if (name !== undefined && name.toLowerCase() !== tag.name.toLowerCase()) renameTag(ctx.store, owner.id, tag, name);
    else if (name !== undefined) tag.name = name;
    if (description !== undefined) tag.description = description;
    return itemReply("tag", renderTag(tag, owner.name, true));
  });

  router.on("DELETE", "/v2/tags/:tag", (ctx) => {
    const owner = ctx.owner();
    const tag = tagFromPath(ctx);
    const key = tagKey(owner.id, tag.name);
    for (const item of itemsOf(ctx.store, owner.id)) item.tags.delete(key);
    ctx.store.tags.delete(key);
    return okReply();
  });

  registerCarrierRoutes(router, "/v2/tags/:tag", (ctx) => {
    const key = tagKey(ctx.owner().id, tagFromPath(ctx).name);
    return (m: Meta) => m.tags.has(key);
  });

  router.on("GET", "/v2/securityLabels", (ctx) => {
    const page = readPage(ctx.query);
    const filters = readFilters<LabelRecord>(ctx.query, { name: { kind: "string", ops: "=^", read: (l) => l.name } });
    const all = [...ctx.store.labels.values()].filter((l) => filters?.keep(l) ?? true);
    const { items, total } = pageArray(all, page);
    return listReply("securityLabel", items.map(renderLabel), countFor(page, total));
  });

  router.on("GET", "/v2/securityLabels/:label", (ctx) => itemReply("securityLabel", renderLabel(labelFromPath(ctx))));

  router.on("DELETE", "/v2/securityLabels/:label", (ctx) => {
    const key = labelFromPath(ctx).name.toLowerCase();
    for (const item of allItems(ctx.store)) item.labels.delete(key);
    for (const attribute of ctx.store.attributes.values()) attribute.labels.delete(key);
    ctx.store.labels.delete(key);
    return okReply();
  });

  registerCarrierRoutes(router, "/v2/securityLabels/:label", (ctx) => {
    const key = labelFromPath(ctx).name.toLowerCase();
    return (m: Meta) => m.labels.has(key);
  });
}

const TAG_FILTERS: FilterFields<TagRecord> = {
  name: { kind: "string", ops: "=^", read: (t) => t.name },
  weight: { kind: "number", ops: "=<>", read: (t) => t.uses },
};

/** Items of an owner carrying a tag or label; these lists scan (filters may scan, §7). */
function registerCarrierRoutes(router: Router, prefix: string, carrier: (ctx: RequestContext) => (m: Meta) => boolean): void {
  const indicators = (ctx: RequestContext) => {
    const has = carrier(ctx);
    const owner = ctx.owner();
    return defined(ctx.store.indicatorIndex.all(`${owner.id}`).map((id) => ctx.store.indicators.get(id))).filter(has);
  };
  const groups = (ctx: RequestContext) => {
    const has = carrier(ctx);
    return defined(ctx.store.groupIndex.all(`${ctx.owner().id}`).map((id) => ctx.store.groups.get(id))).filter(has);
  };
  const tasks = (ctx: RequestContext) => {
    const has = carrier(ctx);
    return defined(ctx.store.taskIndex.all(`${ctx.owner().id}`).map((id) => ctx.store.tasks.get(id))).filter(has);
  };
  const victims = (ctx: RequestContext) => {
    const has = carrier(ctx);
    return defined(ctx.store.victimIndex.all(`${ctx.owner().id}`).map((id) => ctx.store.victims.get(id))).filter(has);
  };

  router.on("GET", `${prefix}/indicators`, (ctx) => indicatorList(ctx, indicators(ctx)));
  router.on("GET", `${prefix}/indicators/:ib`, (ctx) => indicatorList(ctx, indicators(ctx), ctx.param("ib")));
  router.on("GET", `${prefix}/indicators/:ib/:iv`, (ctx) => {
    const info = indicatorTypeOrThrow(ctx.param("ib"));
    const target = findIndicator(ctx.store, ctx.owner().id, info, ctx.param("iv"));
    const found = indicators(ctx).filter((r) => r === target);
    if (found.length === 0) throw notFound();
    return indicatorList(ctx, found, ctx.param("ib"));
  });
  router.on("GET", `${prefix}/groups`, (ctx) => groupList(ctx, groups(ctx)));
  router.on("GET", `${prefix}/groups/:gb`, (ctx) => groupList(ctx, groups(ctx), ctx.param("gb")));
  router.on("GET", `${prefix}/groups/:gb/:gid`, (ctx) => {
    const found = groups(ctx).filter((g) => String(g.id) === ctx.param("gid"));
    if (found.length === 0) throw notFound();
    return groupList(ctx, found, ctx.param("gb"));
  });
  router.on("GET", `${prefix}/tasks`, (ctx) => taskList(ctx, tasks(ctx)));
  router.on("GET", `${prefix}/tasks/:tid`, (ctx) => {
    const found = tasks(ctx).filter((t) => String(t.id) === ctx.param("tid"));
    if (found.length === 0) throw notFound();
    return taskList(ctx, found);
  });
  router.on("GET", `${prefix}/victims`, (ctx) => victimList(ctx, victims(ctx)));
  router.on("GET", `${prefix}/victims/:vid`, (ctx) => {
    const found = victims(ctx).filter((v) => String(v.id) === ctx.param("vid"));
    if (found.length === 0) throw notFound();
    return victimList(ctx, found);
  });
}

function tagFromPath(ctx: RequestContext): TagRecord {
  const tag = ctx.store.tags.get(tagKey(ctx.owner().id, ctx.param("tag")));
  if (!tag) throw notFound();
  return tag;
}

function labelFromPath(ctx: RequestContext): LabelRecord {
  const label = ctx.store.labels.get(ctx.param("label").toLowerCase());
  if (!label) throw notFound();
  return label;
}

function* itemsOf(store: Store, ownerId: number): Generator<Meta> {
  for (const r of store.indicators.values()) if (r.ownerId === ownerId) yield r;
  for (const r of store.groups.values()) if (r.ownerId === ownerId) yield r;
  for (const r of store.tasks.values()) if (r.ownerId === ownerId) yield r;
  for (const r of store.victims.values()) if (r.ownerId === ownerId) yield r;
}

function* allItems(store: Store): Generator<Meta> {
  yield* store.indicators.values();
  yield* store.groups.values();
  yield* store.tasks.values();
  yield* store.victims.values();
}

/** Renaming moves every use of the tag to the new name (merging if it exists). */
function renameTag(store: Store, ownerId: number, tag: TagRecord, name: string): void {
  const oldKey = tagKey(ownerId, tag.name);
  const newKey = tagKey(ownerId, name);
  if (store.tags.has(newKey)) throw badRequest(`A tag named "${name}" already exists`);
  for (const item of itemsOf(store, ownerId)) {
    if (item.tags.delete(oldKey)) item.tags.add(newKey);
  }
  store.tags.delete(oldKey);
  tag.name = name;
  store.tags.set(newKey, tag);
}
