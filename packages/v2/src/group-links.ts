import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { GroupSummaryItem } from "./entities.js";
import { resolveGroupType, type GroupTypeInput } from "./indicator-kind.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { GroupOf } from "./type-maps.js";
import { checkId } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** A list of associated items, optionally of one type. @public */
export interface LinkListOptions<T> extends ListOptions {
  /** Only items of this type (uses the typed endpoint, which returns typed entities). */
  type?: T;
}

/** The groups associated with an item (API reference §11.5, §11.9). @public */
export interface GroupLinks {
  list: <T extends GroupTypeInput | undefined = undefined>(
    options?: LinkListOptions<T>,
  ) => AsyncIterable<T extends GroupTypeInput ? GroupOf<T> : GroupSummaryItem>;
  get: <T extends GroupTypeInput>(type: T, id: number | string, options?: ReadOptions) => Promise<GroupOf<T>>;
  add: (type: GroupTypeInput, id: number | string, options?: WriteOptions) => Promise<void>;
  remove: (type: GroupTypeInput, id: number | string, options?: WriteOptions) => Promise<void>;
}

/** @internal */
export function groupLinks(ctx: Context, base: Base): GroupLinks {
  const target = (type: GroupTypeInput, id: number | string) => {
    const kind = resolveGroupType(type);
    return { kind, params: { targetType: kind.branch, targetId: checkId("groupId", id) } };
  };

  return {
    list: (options = {}) => {
      if (options.type === undefined) {
        return readList(ctx, at(base, "GET", "/groups", listInput(options)), "group", options) as never;
      }
      const kind = resolveGroupType(options.type);
      const input = { ...listInput(options), params: { targetType: kind.branch } };
      return readList(ctx, at(base, "GET", "/groups/{targetType}", input), kind.entity, options, kind.name) as never;
    },
    get: (type, id, options = {}) => {
      const { kind, params } = target(type, id);
      return readEntity(ctx, at(base, "GET", "/groups/{targetType}/{targetId}", { ...readInput(options), params }), kind.entity, kind.name);
    },
    add: (type, id, options = {}) =>
      send(ctx, at(base, "POST", "/groups/{targetType}/{targetId}", { ...writeInput(options), params: target(type, id).params })),
    remove: (type, id, options = {}) =>
      send(ctx, at(base, "DELETE", "/groups/{targetType}/{targetId}", { ...writeInput(options), params: target(type, id).params })),
  };
}
