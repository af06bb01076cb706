import { at, listInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { Tag } from "./entities.js";
import type { ListOptions } from "./list-options.js";
import { checkTagName } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** The tags of one indicator, group, task or victim (API reference §11.4). @public */
export interface TagsResource {
  list(options?: ListOptions): AsyncIterable<Tag>;
  /** Applies a tag; the tag is created when it does not exist. */
  add(name: string, options?: WriteOptions): Promise<void>;
  remove(name: string, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function tagsOf(ctx: Context, base: Base): TagsResource {
  const one = (method: "POST" | "DELETE", name: string, options: WriteOptions) =>
    send(ctx, at(base, method, "/tags/{tag}", { ...writeInput(options), params: { tag: checkTagName(name) } }));

  return {
    list: (options = {}) => readList<Tag>(ctx, at(base, "GET", "/tags", listInput(options)), "tag", options),
    add: (name, options = {}) => one("POST", name, options),
    remove: (name, options = {}) => one("DELETE", name, options),
  };
}
