import type { StreamResponse } from "@tcapi/transport";
import { endpoint } from "./endpoint.js";
import type { Context } from "./context.js";
import { csvRows, textChunks } from "./csv-rows.js";
import type { BulkStatus, IndicatorSummaryItem } from "./entities.js";
import { jsonArrayItems } from "./json-array-items.js";

/** Options of bulk report calls (API reference §11.6). @public */
export interface BulkOptions {
  /** The community or source; defaults to the client's owner. */
  owner?: string;
  /** Regenerate the report now instead of serving the last daily run. */
  runNow?: boolean;
  signal?: AbortSignal;
}

/** `client.bulk`: bulk report status and streaming downloads (§11.6). @public */
export interface BulkResource {
  status(options?: Omit<BulkOptions, "runNow">): Promise<BulkStatus>;
  /** The raw report as a byte stream: JSON (`{"indicator":[…]}`, a valid batch input) or CSV. */
  download(format: "json" | "csv", options?: BulkOptions): Promise<StreamResponse>;
  /** The JSON report parsed item by item while it downloads. */
  indicators(options?: BulkOptions): AsyncIterable<IndicatorSummaryItem>;
  /** The CSV report parsed row by row (`Type`, `Value`, `Rating`, `Confidence`). */
  csvRows(options?: BulkOptions): AsyncIterable<Record<string, string>>;
}

/** @internal */
export function createBulk(ctx: Context): BulkResource {
  const input = (options: BulkOptions) => {
    const query: Record<string, boolean> = {};
    if (options.runNow === true) query.runNow = true;
    return {
      query,
      ...(options.owner === undefined ? {} : { owner: options.owner }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    };
  };
  const download = (format: "json" | "csv", options: BulkOptions = {}) =>
    ctx.transport.stream(endpoint(format === "json" ? "GET /v2/indicators/bulk/json" : "GET /v2/indicators/bulk/csv", input(options)));

  return {
    status: async (options = {}) => {
      // This answer has no envelope: `{"bulkStatus": {…}}` (§4.4).
      const request = { ...endpoint("GET /v2/indicators/bulk", input(options)), envelope: false };
      const body = await ctx.transport.request<Record<string, unknown>>(request);
      return (body.bulkStatus ?? body.BulkStatus ?? body) as BulkStatus;
    },
    download,
    indicators: (options = {}) => ({
      async *[Symbol.asyncIterator]() {
        const response = await download("json", options);
        for await (const item of jsonArrayItems(textChunks(response.body))) yield item as IndicatorSummaryItem;
      },
    }),
    csvRows: (options = {}) => ({
      async *[Symbol.asyncIterator]() {
        const response = await download("csv", options);
        yield* csvRows(textChunks(response.body));
      },
    }),
  };
}
