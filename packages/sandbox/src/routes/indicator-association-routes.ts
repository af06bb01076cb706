import { associationAllows, findAssociationKind, findFileAction } from "../catalog/association-catalog.js";
import { badRequest, notFound } from "../http/api-error.js";
import { listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderIndicator } from "../render/render-indicator.js";
import type { IndicatorRecord } from "../store/entities.js";
import { indicatorFromPath } from "./indicator-lookup.js";
import { defined, indicatorList } from "./render-lists.js";

function typedLinked(ctx: RequestContext, key: string): IndicatorRecord[] {
  return defined([...(ctx.store.typedLinks.get(key) ?? [])].sort((a, b) => a - b).map((id) => ctx.store.indicators.get(id)));
}

/** §11.4–11.5: DNS resolutions, typed indicator-to-indicator associations and file actions. */
export function registerDnsAndAssociations(router: Router): void {
  // DNS resolutions: hosts list the addresses they are linked to through "DNS PTR Record" (§11.4).
  router.on("GET", "/v2/indicators/hosts/:value/dnsResolutions", (ctx) => {
    ctx.params.branch = "hosts";
    const { record } = indicatorFromPath(ctx);
    const addresses = typedLinked(ctx, `dnsPtrRecord|${record.id}`).map((a) => {
      const full = renderIndicator(ctx.store, a, { style: "typed", single: false, includeTags: false, includeAttributes: false, includeAdditional: false });
      // DNS resolution addresses carry a reduced indicator shape (fixture 141).
      for (const key of ["type", "rating", "confidence", "description", "threatAssessScore", "calScore", "calIndicatorStatus"]) Reflect.deleteProperty(full, key);
      return full;
    });
    const rows = addresses.length === 0 ? [] : [{ resolutionDate: record.lastModified, addresses }];
    return listReply("dnsResolution", rows, rows.length);
  });
  router.on("GET", "/v2/indicators/addresses/:value/dnsResolutions", (ctx) => {
    ctx.params.branch = "addresses";
    const { record } = indicatorFromPath(ctx);
    const reply = indicatorList(ctx, typedLinked(ctx, `dnsPtrRecord|${record.id}`));
    return { ...reply, xmlRoot: "dnsResolutionsResponse", xmlDataType: "dnsResolutionListResponseData" };
  });

  const assocKind = (ctx: RequestContext) => {
    const kind = findAssociationKind(ctx.param("assoc"));
    if (!kind) throw badRequest(`Unknown association type "${ctx.param("assoc")}"; see GET /v2/types/associationTypes`);
    return kind;
  };
  router.on("GET", "/v2/indicators/:branch/:value/associations/:assoc/indicators", (ctx) => {
    const kind = assocKind(ctx);
    return indicatorList(ctx, typedLinked(ctx, `${kind.branch}|${indicatorFromPath(ctx).record.id}`));
  });
  router.on("GET", "/v2/indicators/:branch/:value/associations/:assoc/indicators/:tb", (ctx) => {
    const kind = assocKind(ctx);
    return indicatorList(ctx, typedLinked(ctx, `${kind.branch}|${indicatorFromPath(ctx).record.id}`), ctx.param("tb"));
  });
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, "/v2/indicators/:branch/:value/associations/:assoc/indicators/:tb/:tv", (ctx) => {
      const kind = assocKind(ctx);
      const { record } = indicatorFromPath(ctx);
      const target = indicatorFromPath(ctx, "tb", "tv").record;
      if (!associationAllows(kind, record.type, target.type)) {
        throw badRequest(`The ${kind.name} association links ${kind.types.map(([a, b]) => `${a} and ${b}`).join(" or ")}, not ${record.type} and ${target.type}`);
      }
      return typedLinkAction(ctx, kind.branch, record.id, target.id, true);
    });
  }

  const action = (ctx: RequestContext) => {
    const found = findFileAction(ctx.param("action"));
    if (!found) throw badRequest(`Unknown file action "${ctx.param("action")}"`);
    return found;
  };
  const fileFromPath = (ctx: RequestContext) => {
    ctx.params.branch = "files";
    return indicatorFromPath(ctx, "branch", "hash").record;
  };
  router.on("GET", "/v2/indicators/files/:hash/actions/:action/indicators", (ctx) => indicatorList(ctx, typedLinked(ctx, `action:${action(ctx).action}|${fileFromPath(ctx).id}`)));
  router.on("GET", "/v2/indicators/files/:hash/actions/:action/indicators/:tb", (ctx) => indicatorList(ctx, typedLinked(ctx, `action:${action(ctx).action}|${fileFromPath(ctx).id}`), ctx.param("tb")));
  for (const method of ["GET", "POST", "DELETE"]) {
    router.on(method, "/v2/indicators/files/:hash/actions/:action/indicators/:tb/:tv", (ctx) => {
      const kind = action(ctx);
      const file = fileFromPath(ctx);
      const target = indicatorFromPath(ctx, "tb", "tv").record;
      if (!kind.targets.includes(target.type)) throw badRequest(`The ${kind.name} action targets ${kind.targets.join(", ")} indicators, not ${target.type}`);
      // File actions point one way: from the file to the target.
      return typedLinkAction(ctx, `action:${kind.action}`, file.id, target.id, false);
    });
  }
}

function typedLinkAction(ctx: RequestContext, branch: string, from: number, to: number, symmetric: boolean) {
  const key = `${branch}|${from}`;
  const set = ctx.store.typedLinks.get(key);
  if (ctx.method === "POST") {
    if (set) set.add(to);
    else ctx.store.typedLinks.set(key, new Set([to]));
    if (symmetric) {
      const back = ctx.store.typedLinks.get(`${branch}|${to}`);
      if (back) back.add(from);
      else ctx.store.typedLinks.set(`${branch}|${to}`, new Set([from]));
    }
    return okReply();
  }
  if (!set?.has(to)) throw notFound();
  if (ctx.method === "DELETE") {
    set.delete(to);
    if (symmetric) ctx.store.typedLinks.get(`${branch}|${to}`)?.delete(from);
  }
  return okReply();
}
