import { checkedValues, indicatorTypeOrThrow } from "../catalog/indicator-catalog.js";
import { badRequest } from "../http/api-error.js";
import { readFilters } from "../http/filters.js";
import { countFor, pageOf, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import type { IndicatorRecord } from "../store/entities.js";
import { applyIndicatorProps, readIndicatorProps } from "../store/indicator-props.js";
import { listKeys } from "../store/indicator-keys.js";
import { existingForWrite, mergeFileHashes } from "../store/file-hashes.js";
import { deleteIndicator, insertIndicator, newIndicator, setIndicatorActive } from "../store/indicators.js";
import { renderIndicator } from "../render/render-indicator.js";
import { indicatorFilterFields, indicatorFromPath, indicatorView } from "./indicator-lookup.js";
import { optDate } from "../http/body-fields.js";

/** §11.3: indicator create, read, update, delete and lists (typed and across types). */
export function registerIndicatorRoutes(router: Router): void {
  router.on("GET", "/v2/indicators", (ctx) => listIndicators(ctx, undefined));
  router.on("GET", "/v2/indicators/:branch", (ctx) => listIndicators(ctx, ctx.param("branch")));

  router.on("GET", "/v2/indicators/:branch/:value", (ctx) => {
    const { info, record } = indicatorFromPath(ctx);
    return itemReply(info.apiEntity, renderIndicator(ctx.store, record, indicatorView(ctx, "typed", true)));
  });

  router.on("POST", "/v2/indicators/:branch", async (ctx) => {
    const info = indicatorTypeOrThrow(ctx.param("branch"));
    const owner = ctx.owner();
    const body = await ctx.json();
    const { fields, summary } = checkedValues(info, body);
    const props = readIndicatorProps(info, body);
    const existing = existingForWrite(ctx.store, owner.id, info, summary, fields);
    if (existing && info.name === "File") mergeFileHashes(ctx.store, existing, fields);

    const at = ctx.stamp();
    const record = existing ?? newIndicator(ctx.store, owner.id, info, fields, summary, at);
    applyIndicatorProps(record, props);
    record.lastModified = at;
    if (!existing) insertIndicator(ctx.store, record);
    if (props.active !== undefined) setIndicatorActive(ctx.store, record, props.active);
    return itemReply(info.apiEntity, renderIndicator(ctx.store, record, indicatorView(ctx, "typed", true)), 201);
  });

  router.on("PUT", "/v2/indicators/:branch/:value", async (ctx) => {
    const { info, record } = indicatorFromPath(ctx);
    const body = await ctx.json();
    for (const key of info.valueFields) {
      const sent = body[key];
      if (sent !== undefined && sent !== record.fields[key]) {
        throw badRequest(`The ${key} field identifies the indicator and cannot be changed; delete it and create a new one`);
      }
    }
    const props = readIndicatorProps(info, body);
    applyIndicatorProps(record, props);
    if (props.active !== undefined) setIndicatorActive(ctx.store, record, props.active);
    record.lastModified = ctx.stamp();
    return itemReply(info.apiEntity, renderIndicator(ctx.store, record, indicatorView(ctx, "typed", true)));
  });

  router.on("DELETE", "/v2/indicators/:branch/:value", (ctx) => {
    const { record } = indicatorFromPath(ctx);
    deleteIndicator(ctx.store, record, ctx.stamp());
    return okReply();
  });
}

function listIndicators(ctx: RequestContext, branch: string | undefined) {
  const info = branch === undefined ? undefined : indicatorTypeOrThrow(branch);
  const owner = ctx.owner();
  const page = readPage(ctx.query);
  const filters = readFilters(ctx.query, indicatorFilterFields(info?.name));
  const modifiedSince = optDate({ modifiedSince: ctx.query.get("modifiedSince") }, "modifiedSince");
  const since = modifiedSince === undefined ? undefined : Date.parse(modifiedSince);

  // Only active indicators are listed unless the caller filters on `active` (§11.3).
  const keys = listKeys(owner.id, info?.name ?? "");
  const useAll = filters?.fields.has("active") === true;
  const listKey = info ? (useAll ? keys.typed : keys.activeTyped) : (useAll ? keys.all : keys.active);
  const ids = ctx.store.indicatorIndex.all(listKey);

  const keep = filters || since !== undefined
    ? (r: IndicatorRecord): boolean => (since === undefined || Date.parse(r.lastModified) >= since) && (filters?.keep(r) ?? true)
    : undefined;
  const { items, total } = pageOf(ids, (id) => ctx.store.indicators.get(id), page, keep);
  const view = indicatorView(ctx, info ? "typed" : "summary", false);
  return listReply(info?.apiEntity ?? "indicator", items.map((r) => renderIndicator(ctx.store, r, view)), countFor(page, total));
}
