import { badRequest } from "../http/api-error.js";
import { renderXmlDocument } from "../http/render-xml.js";
import { bareJson } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderIndicator } from "../render/render-indicator.js";
import type { IndicatorRecord } from "../store/entities.js";

/** §11.6 bulk reports: status, JSON and CSV. Reports are always "enabled" and generated on demand. */
export function registerBulkRoutes(router: Router): void {
  router.on("GET", "/v2/indicators/bulk", (ctx) => {
    const owner = ctx.owner();
    const stamp = ctx.stamp();
    const status = { name: owner.name, csvEnabled: true, jsonEnabled: true, nextRun: stamp, lastRun: stamp, status: "Complete" };
    if (ctx.format === "xml") {
      return new Response(renderXmlDocument("BulkStatus", status), { headers: { "content-type": "application/xml" } });
    }
    return bareJson({ bulkStatus: status });
  });

  router.on("GET", "/v2/indicators/bulk/json", (ctx) => {
    const view = { style: "summary" as const, single: false, includeTags: true, includeAttributes: true, includeAdditional: false };
    return bareJson({ indicator: ownerIndicators(ctx).map((r) => renderIndicator(ctx.store, r, view)) });
  });

  router.on("GET", "/v2/indicators/bulk/csv", (ctx) => {
    const rows = ownerIndicators(ctx).map((r) => [r.type, r.summary, r.rating ?? "null", r.confidence ?? "null"].map(csvCell).join(","));
    return new Response(["Type,Value,Rating,Confidence", ...rows].join("\n") + "\n", { headers: { "content-type": "text/csv" } });
  });
}

function ownerIndicators(ctx: RequestContext): IndicatorRecord[] {
  if (ctx.query.has("runNow") && !["true", "false"].includes(ctx.query.get("runNow") ?? "")) {
    throw badRequest("The runNow query parameter must be true or false");
  }
  const owner = ctx.owner();
  const out: IndicatorRecord[] = [];
  for (const id of ctx.store.indicatorIndex.all(`${owner.id}`)) {
    const r = ctx.store.indicators.get(id);
    if (r) out.push(r);
  }
  return out;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
