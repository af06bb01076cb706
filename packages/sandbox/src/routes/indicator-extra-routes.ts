import { indicatorTypeOrThrow } from "../catalog/indicator-catalog.js";
import { badRequest } from "../http/api-error.js";
import { optDate, optNumber } from "../http/body-fields.js";
import { registerFileOccurrences } from "./file-occurrence-routes.js";
import { registerDnsAndAssociations } from "./indicator-association-routes.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { findIndicator } from "../store/indicators.js";
import { indicatorFromPath } from "./indicator-lookup.js";

/** §11.4–11.6: observations, false positives, owners, file occurrences, DNS, typed associations, file actions, deleted, observed. */
export function registerIndicatorExtraRoutes(router: Router): void {
  router.on("GET", "/v2/indicators/:branch/:value/observations", (ctx) => {
    const { record } = indicatorFromPath(ctx);
    const page = readPage(ctx.query);
    const { items, total } = pageArray(record.observations, page);
    return listReply("observation", items, countFor(page, total));
  });

  router.on("POST", "/v2/indicators/:branch/:value/observations", async (ctx) => {
    const { record } = indicatorFromPath(ctx);
    const body = await ctx.json();
    const count = optNumber(body, "count", 1, Number.MAX_SAFE_INTEGER, true);
    if (count === undefined) throw badRequest("The count field is required (a positive integer)");
    const dateObserved = optDate(body, "dateObserved") ?? ctx.stamp();
    record.observations.push({ count, dateObserved });
    return okReply();
  });

  router.on("GET", "/v2/indicators/:branch/:value/observationCount", (ctx) => {
    const { record } = indicatorFromPath(ctx);
    const count = record.observations.reduce((sum, o) => sum + o.count, 0);
    const last = record.observations.at(-1)?.dateObserved;
    const value: Record<string, unknown> = { count };
    if (last !== undefined) value.lastObserved = last;
    value.yourCount = count;
    if (last !== undefined) value.yourLastObserved = last;
    return itemReply("observationCount", value);
  });

  // One report per user per indicator per day (§13): a repeat the same day does not count again.
  router.on("POST", "/v2/indicators/:branch/:value/falsePositive", (ctx) => {
    const { record } = indicatorFromPath(ctx);
    const today = ctx.stamp().slice(0, 10);
    const previous = record.falsePositives;
    if (previous?.lastReported.slice(0, 10) !== today) {
      record.falsePositives = { count: (previous?.count ?? 0) + 1, lastReported: ctx.stamp() };
    }
    return itemReply("falsePositive", { ...record.falsePositives });
  });

  router.on("GET", "/v2/indicators/:branch/:value/owners", (ctx) => {
    const { info, record } = indicatorFromPath(ctx);
    const additional = ctx.query.flag("includeAdditional") || ctx.query.all("includes").includes("additional");
    const owners = [...ctx.store.owners.values()].flatMap((o) => {
      const copy = o.id === record.ownerId ? record : findIndicator(ctx.store, o.id, info, record.summary);
      if (!copy) return [];
      const view: Record<string, unknown> = { id: o.id, name: o.name, type: o.type };
      if (additional) view.itemId = String(copy.id);
      return [view];
    });
    return listReply("owner", owners, undefined);
  });

  registerFileOccurrences(router);
  registerDnsAndAssociations(router);

  router.on("GET", "/v2/indicators/deleted", (ctx) => deletedList(ctx, undefined));
  router.on("GET", "/v2/indicators/:branch/deleted", (ctx) => deletedList(ctx, indicatorTypeOrThrow(ctx.param("branch")).name));

  router.on("GET", "/v2/indicators/observed", (ctx) => {
    const owner = ctx.owner();
    const day = ctx.query.get("dateObserved");
    const since = day === undefined ? ctx.now() - 86_400_000 : Date.parse(day);
    if (Number.isNaN(since)) throw badRequest("The dateObserved query parameter must be a date such as 2022-04-05");
    const rows: Record<string, unknown>[] = [];
    for (const id of ctx.store.indicatorIndex.all(`${owner.id}`)) {
      const r = ctx.store.indicators.get(id);
      const seen = r?.observations.filter((o) => Date.parse(o.dateObserved) >= since) ?? [];
      if (!r || seen.length === 0 || rows.length >= 20_000) continue;
      const count = seen.reduce((s, o) => s + o.count, 0);
      const last = seen.at(-1)?.dateObserved ?? "";
      rows.push({ summary: r.summary, observationCount: count, lastObserved: last, userObservedList: [{ userName: ctx.store.apiUser.userName, userLastObservedDate: last, count }] });
    }
    const page = readPage(ctx.query);
    const { items, total } = pageArray(rows, page);
    return listReply("indicator", items, countFor(page, total));
  });
}

function deletedList(ctx: RequestContext, type: string | undefined) {
  const owner = ctx.owner();
  const sinceText = ctx.query.get("deletedSince");
  const since = sinceText === undefined ? undefined : Date.parse(sinceText);
  if (since !== undefined && Number.isNaN(since)) throw badRequest("The deletedSince query parameter must be a date such as 2017-07-13");
  const rows = ctx.store.deletedIndicators
    .filter((d) => d.ownerId === owner.id && (type === undefined || d.type === type) && (since === undefined || Date.parse(d.deletedAt) >= since))
    .map((d) => ({ ownerName: owner.name, type: d.type, dateAdded: d.dateAdded, summary: d.summary }));
  const page = readPage(ctx.query);
  const { items, total } = pageArray(rows, page);
  return listReply("indicator", items, countFor(page, total));
}
