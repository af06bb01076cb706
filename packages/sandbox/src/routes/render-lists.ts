import { lookupIndicatorType } from "../catalog/indicator-catalog.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { listReply } from "../http/reply.js";
import type { EnvelopeReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import { renderGroup } from "../render/render-group.js";
import { renderIndicator } from "../render/render-indicator.js";
import { renderTask, renderVictim } from "../render/render-task-victim.js";
import type { GroupRecord, IndicatorRecord, TaskRecord, VictimRecord } from "../store/entities.js";
import { findGroupKind } from "../catalog/group-catalog.js";
import { readIncludes } from "../http/includes.js";
import { indicatorView } from "./indicator-lookup.js";
import { groupView } from "./group-routes.js";

/** Paged list replies for pivots: untyped (`indicator[]`, `group[]`) or typed by branch. */

export function indicatorList(ctx: RequestContext, records: IndicatorRecord[], typedBranch?: string): EnvelopeReply {
  const page = readPage(ctx.query);
  const info = typedBranch === undefined ? undefined : lookupIndicatorType(typedBranch);
  const chosen = info ? records.filter((r) => r.type === info.name) : records;
  const { items, total } = pageArray(chosen, page);
  const view = indicatorView(ctx, info ? "typed" : "summary", false);
  return listReply(info?.apiEntity ?? "indicator", items.map((r) => renderIndicator(ctx.store, r, view)), countFor(page, total));
}

export function groupList(ctx: RequestContext, records: GroupRecord[], typedBranch?: string): EnvelopeReply {
  const page = readPage(ctx.query);
  const kind = typedBranch === undefined ? undefined : findGroupKind(typedBranch);
  const chosen = kind ? records.filter((g) => g.type === kind.name) : records;
  const { items, total } = pageArray(chosen, page);
  const view = groupView(ctx, false, kind !== undefined);
  return listReply(kind?.entity ?? "group", items.map((g) => renderGroup(ctx.store, g, view)), countFor(page, total));
}

export function taskList(ctx: RequestContext, records: TaskRecord[]): EnvelopeReply {
  const page = readPage(ctx.query);
  const { items, total } = pageArray(records, page);
  const inc = readIncludes(ctx.query);
  return listReply("task", items.map((t) => renderTask(ctx.store, t, { single: false, includeTags: inc.tags, includeAttributes: inc.attributes })), countFor(page, total));
}

export function victimList(ctx: RequestContext, records: VictimRecord[]): EnvelopeReply {
  const page = readPage(ctx.query);
  const { items, total } = pageArray(records, page);
  const inc = readIncludes(ctx.query);
  return listReply("victim", items.map((v) => renderVictim(ctx.store, v, { single: false, includeTags: inc.tags, includeAttributes: inc.attributes })), countFor(page, total));
}

export function defined<T>(values: (T | undefined)[]): T[] {
  return values.filter((v): v is T => v !== undefined);
}
