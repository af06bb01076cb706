import { badRequest, notFound } from "../http/api-error.js";
import { optBool, optDate, optEnum, optNumber, optString } from "../http/body-fields.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { bareJson, itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import type { MetricRecord } from "../store/entities.js";

const DATA_TYPES = ["Average", "Count", "First", "Last", "Max", "Min", "Sum"];
const INTERVALS = ["Hourly", "Daily", "Weekly", "Monthly", "Yearly"];

/** §11.15: custom metric configs and data points. */
export function registerMetricRoutes(router: Router): void {
  router.on("GET", "/v2/customMetrics", (ctx) => {
    const page = readPage(ctx.query);
    const { items, total } = pageArray([...ctx.store.metrics.values()], page);
    return listReply("customMetricConfig", items.map(renderMetric), countFor(page, total));
  });

  router.on("GET", "/v2/customMetrics/:metric", (ctx) => itemReply("customMetricConfig", renderMetric(metricFromPath(ctx))));

  router.on("POST", "/v2/customMetrics", async (ctx) => {
    const body = await ctx.json();
    const name = optString(body, "name");
    if (name === undefined || name.length < 1 || name.length > 45) throw badRequest("The name for this custom metric is invalid, please enter a name between 1-45 characters in length");
    const description = optString(body, "description");
    if (description?.length === 0 || (description?.length ?? 0) > 500) throw badRequest("The description for this custom metric is invalid, please enter a description between 1-500 characters in length");
    const dataType = optEnum(body, "dataType", DATA_TYPES);
    const interval = optEnum(body, "interval", INTERVALS);
    if (dataType === undefined) throw badRequest(`The dataType field is required: one of ${DATA_TYPES.join(", ")}`);
    if (interval === undefined) throw badRequest(`The interval field is required: one of ${INTERVALS.join(", ")}`);
    if ([...ctx.store.metrics.values()].some((m) => m.name.toLowerCase() === name.toLowerCase())) throw badRequest(`A custom metric named "${name}" already exists`);

    const metric: MetricRecord = { id: ctx.store.nextId(), name, dataType, interval, keyedValues: optBool(body, "keyedValues") ?? false, values: new Map() };
    if (description !== undefined) metric.description = description;
    ctx.store.metrics.set(metric.id, metric);
    return itemReply("customMetricConfig", renderMetric(metric), 201);
  });

  router.on("DELETE", "/v2/customMetrics/:metric", (ctx) => {
    ctx.store.metrics.delete(metricFromPath(ctx).id);
    return okReply();
  });

  router.on("POST", "/v2/customMetrics/:metric/data", async (ctx) => {
    const metric = metricFromPath(ctx);
    const body = await ctx.json();
    const key = metric.keyedValues ? optString(body, "name") : "";
    if (key === undefined || (metric.keyedValues && key === "")) throw badRequest("The name field (the key) is required for a keyed metric");
    const value = optNumber(body, "value", -Number.MAX_VALUE, Number.MAX_VALUE, false);
    if (value === undefined && metric.dataType !== "Count") throw badRequest("The value field is required unless the metric's dataType is Count");
    const date = optDate(body, "date");
    const weight = optNumber(body, "weight", 0, Number.MAX_SAFE_INTEGER, false) ?? 1;

    const point = record(metric, key, value ?? 1, weight, bucket(date === undefined ? ctx.now() : Date.parse(date)));
    if (!ctx.query.flag("returnValue")) return new Response(null, { status: 204 });
    return bareJson({ value: point.value, date: point.date });
  });
}

function metricFromPath(ctx: RequestContext): MetricRecord {
  const text = ctx.param("metric");
  const metric = /^\d+$/.test(text) ? ctx.store.metrics.get(Number(text)) : [...ctx.store.metrics.values()].find((m) => m.name.toLowerCase() === text.toLowerCase());
  if (!metric) throw notFound();
  return metric;
}

function renderMetric(m: MetricRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id, name: m.name, dataType: m.dataType, interval: m.interval, keyedValues: m.keyedValues };
  if (m.description !== undefined) out.description = m.description;
  return out;
}

/** Response dates have minutes and seconds zeroed (§4.3). */
function bucket(ms: number): string {
  return new Date(ms).toISOString().slice(0, 13) + ":00:00Z";
}

function record(metric: MetricRecord, key: string, value: number, weight: number, date: string): { value: number; date: string } {
  const slot = `${key}|${date}`;
  const prev = metric.values.get(slot);
  const count = (prev?.count ?? 0) + weight;
  let next = value;
  if (prev) {
    switch (metric.dataType) {
      case "Sum": next = prev.value + value * weight; break;
      case "Count": next = prev.value + weight; break;
      case "Average": next = (prev.value * prev.count + value * weight) / count; break;
      case "Max": next = Math.max(prev.value, value); break;
      case "Min": next = Math.min(prev.value, value); break;
      case "First": next = prev.value; break;
      default: next = value;
    }
  } else if (metric.dataType === "Sum") next = value * weight;
  else if (metric.dataType === "Count") next = weight;
  const point = { value: next, count, date };
  metric.values.set(slot, point);
  return point;
}
