import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { Task, Victim } from "./entities.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { checkId } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** Items of one kind addressed by numeric id and associated with an item. @public */
export interface IdLinks<T> {
  list: (options?: ListOptions) => AsyncIterable<T>;
  get: (id: number | string, options?: ReadOptions) => Promise<T>;
  add: (id: number | string, options?: WriteOptions) => Promise<void>;
  remove: (id: number | string, options?: WriteOptions) => Promise<void>;
}

/** The victims associated with an item. @public */
export type VictimLinks = IdLinks<Victim>;

/** The tasks associated with an item. @public */
export type TaskLinks = IdLinks<Task>;

/** @internal */
export function victimLinks(ctx: Context, base: Base): VictimLinks {
  return idLinks<Victim>(ctx, base, "/victims", "victim");
}

/** @internal */
export function taskLinks(ctx: Context, base: Base): TaskLinks {
  return idLinks<Task>(ctx, base, "/tasks", "task");
}

function idLinks<T>(ctx: Context, base: Base, prefix: string, key: string): IdLinks<T> {
  const one = `${prefix}/{targetId}`;
  const params = (id: number | string) => ({ targetId: checkId(`${key}Id`, id) });

  return {
    list: (options = {}) => readList<T>(ctx, at(base, "GET", prefix, listInput(options)), key, options),
    get: (id, options = {}) => readEntity<T>(ctx, at(base, "GET", one, { ...readInput(options), params: params(id) }), key),
    add: (id, options = {}) => send(ctx, at(base, "POST", one, { ...writeInput(options), params: params(id) })),
    remove: (id, options = {}) => send(ctx, at(base, "DELETE", one, { ...writeInput(options), params: params(id) })),
  };
}
