import { findIndicatorType, summaryToFields } from "@tcapi/model";
import { endpoint } from "./endpoint.js";
import { listInput, readEntity, readList, writeInput, type Context } from "./context.js";
import type { IndicatorsByType, IndicatorSummaryItem, IndicatorTypeName } from "./entities.js";
import type { IndicatorFilterField } from "./filters.js";
import type { AnyIndicatorCreate, IndicatorCreate, IndicatorUpdate } from "./indicator-bodies.js";
import { indicatorHandle, type HandleOf } from "./indicator-handle.js";
import { resolveIndicatorType, type IndicatorTypeInput } from "./indicator-kind.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { IndicatorOf } from "./type-maps.js";
import { checkBody, checkCommonFields, checkIndicatorFields, checkIndicatorValue } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** Options of indicator lists. @public */
export type IndicatorListOptions = ListOptions<IndicatorFilterField>;

/** Indicators of one type: `client.indicators.hosts`, or `client.indicators.ofType(custom)`. @public */
export interface TypedIndicators<T, C> {
  list(options?: IndicatorListOptions): AsyncIterable<T>;
  get(value: string, options?: ReadOptions): Promise<T>;
  create(body: C, options?: WriteOptions): Promise<T>;
  update(value: string, changes: IndicatorUpdate, options?: WriteOptions): Promise<T>;
  delete(value: string, options?: WriteOptions): Promise<void>;
  /** Indicators of this type deleted within the retention period (§11.6). */
  deleted(options?: DeletedListOptions): AsyncIterable<IndicatorSummaryItem>;
}

/** Typed indicator collections plus a handle factory. @public */
export type TypedIndicatorsWithHandle<K extends IndicatorTypeName> = TypedIndicators<IndicatorsByType[K], IndicatorCreate<K>> & {
  /** The indicator `value` and its sub-resources. */
  at(value: string, options?: { owner?: string }): HandleOf<K>;
};

/** Options of `deleted` lists. @public */
export interface DeletedListOptions extends IndicatorListOptions {
  /** Only indicators deleted since this date. */
  deletedSince?: string | Date;
}

/** Options of the `observed` list (§11.6). @public */
export interface ObservedListOptions extends IndicatorListOptions {
  /** `YYYY-MM-DD`; default yesterday through now. */
  dateObserved?: string;
}

/** `client.indicators` (API reference §11.3–§11.6). @public */
export interface IndicatorsResource {
  /** Every indicator, or those of `type` (typed entities). Only active ones unless filtered (§11.3). */
  list<T extends IndicatorTypeInput | undefined = undefined>(
    options?: IndicatorListOptions & { type?: T },
  ): AsyncIterable<T extends IndicatorTypeInput ? IndicatorOf<T> : IndicatorSummaryItem>;
  get<T extends IndicatorTypeInput>(type: T, value: string, options?: ReadOptions): Promise<IndicatorOf<T>>;
  /** Creates an indicator from a body naming its type, e.g. `{ type: "Host", hostName: "example.com" }`. */
  create<B extends AnyIndicatorCreate>(body: B, options?: WriteOptions): Promise<IndicatorOf<B["type"]>>;
  update<T extends IndicatorTypeInput>(type: T, value: string, changes: IndicatorUpdate, options?: WriteOptions): Promise<IndicatorOf<T>>;
  delete(type: IndicatorTypeInput, value: string, options?: WriteOptions): Promise<void>;
  /** One indicator and its sub-resources: tags, attributes, labels, associations, … */
  at<T extends IndicatorTypeInput>(type: T, value: string, options?: { owner?: string }): HandleOf<T>;
  /** Indicators observed recently (6.5+, §11.6). */
  observed(options?: ObservedListOptions): AsyncIterable<IndicatorSummaryItem>;
  /** Deleted indicators, of every type or of `type` (§11.6). */
  deleted(options?: DeletedListOptions & { type?: IndicatorTypeInput }): AsyncIterable<IndicatorSummaryItem>;
  /** A custom type's collection, e.g. `ofType({ name: "Hashtag", branch: "hashtags", entity: "hashtag" })`. */
  ofType(type: IndicatorTypeInput): TypedIndicators<Record<string, unknown>, Record<string, unknown>> & {
    at(value: string, options?: { owner?: string }): HandleOf<string>;
  };
  readonly addresses: TypedIndicatorsWithHandle<"Address">;
  readonly emailAddresses: TypedIndicatorsWithHandle<"EmailAddress">;
  readonly files: TypedIndicatorsWithHandle<"File">;
  readonly hosts: TypedIndicatorsWithHandle<"Host">;
  readonly urls: TypedIndicatorsWithHandle<"URL">;
  readonly asns: TypedIndicatorsWithHandle<"ASN">;
  readonly cidrBlocks: TypedIndicatorsWithHandle<"CIDR">;
  readonly mutexes: TypedIndicatorsWithHandle<"Mutex">;
  readonly registryKeys: TypedIndicatorsWithHandle<"Registry Key">;
  readonly userAgents: TypedIndicatorsWithHandle<"User Agent">;
}

/** @internal */
export function createIndicators(ctx: Context): IndicatorsResource {
  const at = (type: IndicatorTypeInput, value: string, owner?: string) =>
    indicatorHandle(ctx, resolveIndicatorType(type), checkIndicatorValue(type, value), owner);

  const create = (type: IndicatorTypeInput, body: Record<string, unknown>, options: WriteOptions) => {
    const kind = resolveIndicatorType(type);
    checkBody(body);
    const fields = withValueFields(type, body);
    checkIndicatorFields(type, fields);
    checkCommonFields(fields);
    const request = endpoint("POST /v2/indicators/{type}", { ...writeInput(options, fields), params: { type: kind.branch } });
    return readEntity(ctx, request, kind.entity, kind.name);
  };

  const deleted = (options: DeletedListOptions & { type?: IndicatorTypeInput } = {}) => {
    const input = listInput(options);
    const since = options.deletedSince;
    if (since !== undefined) input.query = { ...input.query, deletedSince: since instanceof Date ? since.toISOString() : since };
    if (options.type === undefined) return readList<IndicatorSummaryItem>(ctx, endpoint("GET /v2/indicators/deleted", input), "indicator", options);
    const params = { type: resolveIndicatorType(options.type).branch };
    return readList<IndicatorSummaryItem>(ctx, endpoint("GET /v2/indicators/{type}/deleted", { ...input, params }), "indicator", options);
  };

  const typed = (type: IndicatorTypeInput) => ({
    list: (options: IndicatorListOptions = {}) => {
      const kind = resolveIndicatorType(type);
      const request = endpoint("GET /v2/indicators/{type}", { ...listInput(options), params: { type: kind.branch } });
      return readList(ctx, request, kind.entity, options, kind.name);
    },
    get: (value: string, options: ReadOptions = {}) => at(type, value, options.owner).get(options),
    create: (body: Record<string, unknown>, options: WriteOptions = {}) => create(type, body, options),
    update: (value: string, changes: IndicatorUpdate, options: WriteOptions = {}) => at(type, value, options.owner).update(changes, options),
    delete: (value: string, options: WriteOptions = {}) => at(type, value, options.owner).delete(options),
    deleted: (options: DeletedListOptions = {}) => deleted({ ...options, type }),
    at: (value: string, options: { owner?: string } = {}) => at(type, value, options.owner),
  });

  return {
    list: (options = {}) => {
      if (options.type !== undefined) return typed(options.type).list(options) as never;
      return readList(ctx, endpoint("GET /v2/indicators", listInput(options)), "indicator", options) as never;
    },
    get: (type, value, options = {}) => at(type, value, options.owner).get(options) as never,
    create: (body, options = {}) => {
      const { type, ...rest } = checkBody(body);
      return create(type, rest, options) as never;
    },
    update: (type, value, changes, options = {}) => at(type, value, options.owner).update(changes, options) as never,
    delete: (type, value, options = {}) => at(type, value, options.owner).delete(options),
    at: (type, value, options = {}) => at(type, value, options.owner) as never,
    observed: (options = {}) => {
      const input = listInput(options);
      if (options.dateObserved !== undefined) input.query = { ...input.query, dateObserved: options.dateObserved };
      return readList<IndicatorSummaryItem>(ctx, endpoint("GET /v2/indicators/observed", input), "indicator", options);
    },
    deleted,
    ofType: (type) => typed(type) as never,
    addresses: typed("Address") as never,
    emailAddresses: typed("EmailAddress") as never,
    files: typed("File") as never,
    hosts: typed("Host") as never,
    urls: typed("URL") as never,
    asns: typed("ASN") as never,
    cidrBlocks: typed("CIDR") as never,
    mutexes: typed("Mutex") as never,
    registryKeys: typed("Registry Key") as never,
    userAgents: typed("User Agent") as never,
  };
}

/** Turns `{ summary }` into the type's value fields (§10.1, multi-value joined by " : "). */
function withValueFields(type: IndicatorTypeInput, body: Record<string, unknown>): Record<string, unknown> {
  const { summary, ...rest } = body;
  const kind = resolveIndicatorType(type);
  if (typeof summary !== "string" || findIndicatorType(kind.name) === undefined) return body;
  return { ...summaryToFields(kind.name, summary), ...rest };
}
