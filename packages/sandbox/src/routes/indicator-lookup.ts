import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { indicatorTypeOrThrow } from "../catalog/indicator-catalog.js";
import { notFound } from "../http/api-error.js";
import type { FilterFields } from "../http/filters.js";
import { readIncludes } from "../http/includes.js";
import type { RequestContext } from "../http/request-context.js";
import type { IndicatorRecord } from "../store/entities.js";
import { findIndicator } from "../store/indicators.js";
import type { IndicatorView } from "../render/render-indicator.js";

/** The indicator named by `:branch/:value` in the requested owner, or a 404. */
export function indicatorFromPath(ctx: RequestContext, branchParam = "branch", valueParam = "value"): { info: IndicatorTypeInfo; record: IndicatorRecord } {
  const info = indicatorTypeOrThrow(ctx.param(branchParam));
  const owner = ctx.owner();
  const record = findIndicator(ctx.store, owner.id, info, ctx.param(valueParam));
  if (!record) throw notFound();
  return { info, record };
}

export function indicatorView(ctx: RequestContext, style: IndicatorView["style"], single: boolean): IndicatorView {
  const inc = readIncludes(ctx.query);
  return { style, single, includeTags: inc.tags, includeAttributes: inc.attributes, includeAdditional: inc.additional };
}

const base: FilterFields<IndicatorRecord> = {
  active: { kind: "boolean", ops: "=", read: (r) => r.active },
  summary: { kind: "string", ops: "=^", read: (r) => r.summary },
  dateAdded: { kind: "date", ops: "<>", read: (r) => r.dateAdded },
  rating: { kind: "number", ops: "<>=", read: (r) => r.rating },
  confidence: { kind: "number", ops: "=<>", read: (r) => r.confidence },
  threatAssessScore: { kind: "number", ops: "=<>", read: (r) => Math.round((r.rating ?? 0) * 100 + (r.confidence ?? 0)) },
  threatAssessRating: { kind: "number", ops: "<>", read: (r) => r.rating ?? 0 },
  threatAssessConfidence: { kind: "number", ops: "<>", read: (r) => r.confidence ?? 0 },
  falsePositive: { kind: "number", ops: "=<>", read: (r) => r.falsePositives?.count ?? 0 },
};

const none = (): undefined => undefined;

/** Filterable fields per §7; address geo fields exist but the sandbox has no geo data. */
export function indicatorFilterFields(type: string | undefined): FilterFields<IndicatorRecord> {
  if (type === "Address") {
    const geo = Object.fromEntries(["city", "countryCode", "countryName", "organization", "state", "timezone"].map((f) => [f, { kind: "string" as const, ops: "=", read: none }]));
    return { ...base, ...geo, asn: { kind: "number", ops: "=", read: none } };
  }
  if (type === "Host") {
    return {
      ...base,
      whoisActive: { kind: "boolean", ops: "=", read: (r) => r.whoisActive ?? false },
      dnsActive: { kind: "boolean", ops: "=", read: (r) => r.dnsActive ?? false },
    };
  }
  return base;
}
