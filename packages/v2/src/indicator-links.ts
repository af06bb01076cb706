import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { IndicatorSummaryItem } from "./entities.js";
import type { LinkListOptions } from "./group-links.js";
import { resolveIndicatorType, type IndicatorTypeInput } from "./indicator-kind.js";
import type { ReadOptions } from "./list-options.js";
import type { IndicatorOf } from "./type-maps.js";
import { checkIndicatorValue } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** The indicators associated with an item (API reference §11.5, §11.9, §11.12, §11.13). @public */
export interface IndicatorLinks {
  list: <T extends IndicatorTypeInput | undefined = undefined>(
    options?: LinkListOptions<T>,
  ) => AsyncIterable<T extends IndicatorTypeInput ? IndicatorOf<T> : IndicatorSummaryItem>;
  get: <T extends IndicatorTypeInput>(type: T, value: string, options?: ReadOptions) => Promise<IndicatorOf<T>>;
  add: (type: IndicatorTypeInput, value: string, options?: WriteOptions) => Promise<void>;
  remove: (type: IndicatorTypeInput, value: string, options?: WriteOptions) => Promise<void>;
}

/** @internal */
export function indicatorLinks(ctx: Context, base: Base, prefix = "/indicators"): IndicatorLinks {
  const target = (type: IndicatorTypeInput, value: string) => {
    const kind = resolveIndicatorType(type);
    return { kind, params: { targetType: kind.branch, target: checkIndicatorValue(type, value) } };
  };
  const one = `${prefix}/{targetType}/{target}`;

  return {
    list: (options = {}) => {
      if (options.type === undefined) {
        return readList(ctx, at(base, "GET", prefix, listInput(options)), "indicator", options) as never;
      }
      const kind = resolveIndicatorType(options.type);
      const input = { ...listInput(options), params: { targetType: kind.branch } };
      return readList(ctx, at(base, "GET", `${prefix}/{targetType}`, input), kind.entity, options, kind.name) as never;
    },
    get: (type, value, options = {}) => {
      const { kind, params } = target(type, value);
      return readEntity(ctx, at(base, "GET", one, { ...readInput(options), params }), kind.entity, kind.name);
    },
    add: (type, value, options = {}) =>
      send(ctx, at(base, "POST", one, { ...writeInput(options), params: target(type, value).params })),
    remove: (type, value, options = {}) =>
      send(ctx, at(base, "DELETE", one, { ...writeInput(options), params: target(type, value).params })),
  };
}
