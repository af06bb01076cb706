import { validateCustomMetricConfig, type CustomMetricConfigInput } from "@tcapi/model";
import { endpoint } from "./endpoint.js";
import { listInput, readEntity, readInput, readList, send, writeInput, type Context } from "./context.js";
import type { CustomMetricConfig, CustomMetricValue } from "./entities.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { unwrap } from "./validate.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** One data point (API reference §11.15); keyed metrics need `name`. @public */
export interface CustomMetricData {
  /** The key of a keyed metric. */
  name?: string;
  /** Required unless the metric counts. */
  value?: number;
  /** ISO-8601; default today. */
  date?: string;
  weight?: number;
}

/** `client.customMetrics` (API reference §11.15). @public */
export interface CustomMetricsResource {
  list(options?: ListOptions): AsyncIterable<CustomMetricConfig>;
  /** By name or id. */
  get(metric: string | number, options?: ReadOptions): Promise<CustomMetricConfig>;
  create(config: CustomMetricConfigInput, options?: WriteOptions): Promise<CustomMetricConfig>;
  /** Adds a data point; with `returnValue` the server answers with the current value. */
  addData(
    metric: string | number,
    data: CustomMetricData,
    options?: WriteOptions & { returnValue?: boolean },
  ): Promise<CustomMetricValue | undefined>;
  delete(metric: string | number, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function createCustomMetrics(ctx: Context): CustomMetricsResource {
  const params = (metric: string | number) => {
    if (String(metric).trim() === "") fail("metric", "required", "The custom metric name or id is empty; pass one.");
    return { metric };
  };

  return {
    list: (options = {}) =>
      readList<CustomMetricConfig>(
        ctx,
        endpoint("GET /v2/customMetrics", { ...listInput(options), owner: null }),
        "customMetricConfig",
        options,
      ),
    get: (metric, options = {}) =>
      readEntity<CustomMetricConfig>(
        ctx,
        endpoint("GET /v2/customMetrics/{metric}", { ...readInput(options), owner: null, params: params(metric) }),
        "customMetricConfig",
      ),
    create: (config, options = {}) => {
      const body = unwrap(validateCustomMetricConfig(config as unknown as Record<string, unknown>));
      const request = endpoint("POST /v2/customMetrics", { ...writeInput(options, body), owner: null });
      return readEntity<CustomMetricConfig>(ctx, request, "customMetricConfig");
    },
    addData: async (metric, data, options = {}) => {
      const input = { ...writeInput(options, data), owner: null, params: params(metric) };
      if (options.returnValue === true) input.query = { returnValue: true };

      // 204 without a body normally; `returnValue=true` answers 200 with a bare object (§4.4).
      const answer = await ctx.transport.request({ ...endpoint("POST /v2/customMetrics/{metric}/data", input), envelope: false });
      return options.returnValue === true ? (answer as CustomMetricValue) : undefined;
    },
    delete: (metric, options = {}) =>
      send(ctx, endpoint("DELETE /v2/customMetrics/{metric}", { ...writeInput(options), owner: null, params: params(metric) })),
  };
}
