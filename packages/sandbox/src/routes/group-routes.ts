import type { FilterFields } from "../http/filters.js";
import { readFilters } from "../http/filters.js";
import { readIncludes } from "../http/includes.js";
import { countFor, pageOf, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderGroup } from "../render/render-group.js";
import type { GroupRecord } from "../store/entities.js";
import { readGroupInput } from "../store/group-input.js";
import { deleteGroup, insertGroup, newMeta } from "../store/items.js";
import { badRequest } from "../http/api-error.js";
import { optString } from "../http/body-fields.js";
import { groupFromPath, groupKindOrThrow } from "./group-lookup.js";
import { registerGroupContentRoutes } from "./group-content-routes.js";

/** §11.7: group create, read, update, delete and lists. */
export function registerGroupRoutes(router: Router): void {
  router.on("GET", "/v2/groups", (ctx) => listGroups(ctx, undefined));
  router.on("GET", "/v2/groups/:gbranch", (ctx) => listGroups(ctx, ctx.param("gbranch")));

  router.on("GET", "/v2/groups/:gbranch/:gid", (ctx) => {
    const { kind, group } = groupFromPath(ctx);
    return itemReply(kind.entity, renderGroup(ctx.store, group, groupView(ctx, true, true)));
  });

  router.on("POST", "/v2/groups/:gbranch", async (ctx) => {
    const kind = groupKindOrThrow(ctx.param("gbranch"));
    const owner = ctx.owner();
    const body = await ctx.json();
    const input = readGroupInput(kind, body, true);
    const xid = optString(body, "xid") ?? undefined;
    if (xid !== undefined && ctx.store.groupXids.has(xid)) throw badRequest(`A group with xid "${xid}" already exists`);

    const at = ctx.stamp();
    const id = ctx.store.nextId();
    const group: GroupRecord = {
      id, ownerId: owner.id, type: kind.name, name: input.name ?? "", xid: xid ?? `sandbox-group:${id}`,
      fields: input.fields, dateAdded: at, lastModified: at, assets: [], published: false, ...newMeta(),
    };
    insertGroup(ctx.store, group);
    return itemReply(kind.entity, renderGroup(ctx.store, group, groupView(ctx, true, true)), 201);
  });

  router.on("PUT", "/v2/groups/:gbranch/:gid", async (ctx) => {
    const { kind, group } = groupFromPath(ctx);
    const input = readGroupInput(kind, await ctx.json(), false);
    if (input.name !== undefined) group.name = input.name;
    Object.assign(group.fields, input.fields);
    group.lastModified = ctx.stamp();
    return itemReply(kind.entity, renderGroup(ctx.store, group, groupView(ctx, true, true)));
  });

  router.on("DELETE", "/v2/groups/:gbranch/:gid", (ctx) => {
    deleteGroup(ctx.store, groupFromPath(ctx).group);
    return okReply();
  });

  registerGroupContentRoutes(router);
}

export function groupView(ctx: RequestContext, single: boolean, typed: boolean) {
  const inc = readIncludes(ctx.query);
  return { single, typed, includeTags: inc.tags, includeAttributes: inc.attributes, includeAdditional: inc.additional };
}

function groupFilterFields(type: string | undefined): FilterFields<GroupRecord> {
  const fields: FilterFields<GroupRecord> = {
    name: { kind: "string", ops: "=^", read: (g) => g.name },
    dateAdded: { kind: "date", ops: "<>", read: (g) => g.dateAdded },
  };
  if (type === "Campaign") fields.firstSeen = { kind: "date", ops: "<>", read: (g) => fieldText(g, "firstSeen") };
  if (type === "Document") fields.fileType = { kind: "string", ops: "=", read: (g) => fieldText(g, "fileType") };
  if (type === "Incident") fields.eventDate = { kind: "date", ops: "<>", read: (g) => fieldText(g, "eventDate") };
  return fields;
}

function listGroups(ctx: RequestContext, branch: string | undefined) {
  const kind = branch === undefined ? undefined : groupKindOrThrow(branch);
  const owner = ctx.owner();
  const page = readPage(ctx.query);
  const filters = readFilters(ctx.query, groupFilterFields(kind?.name));
  const ids = ctx.store.groupIndex.all(kind ? `${owner.id}|${kind.name}` : `${owner.id}`);
  const { items, total } = pageOf(ids, (id) => ctx.store.groups.get(id), page, filters?.keep);
  const view = groupView(ctx, false, kind !== undefined);
  return listReply(kind?.entity ?? "group", items.map((g) => renderGroup(ctx.store, g, view)), countFor(page, total));
}

function fieldText(group: GroupRecord, field: string): string | undefined {
  const value = group.fields[field];
  return typeof value === "string" ? value : undefined;
}
