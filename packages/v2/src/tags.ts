import { at, readEntity, readInput, readList, send, listInput, writeInput, type Base, type Context } from "./context.js";
import type { Tag, Task, Victim } from "./entities.js";
import type { TagFilterField } from "./filters.js";
import { groupLinks, type GroupLinks } from "./group-links.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { checkTagName } from "./validate.js";
import { taskLinks, victimLinks, type IdLinks } from "./victim-links.js";
import type { WriteOptions } from "./write-options.js";

/** Items carrying one tag or label (API reference §11.10, §11.11). @public */
export interface TaggedItems {
  readonly groups: Pick<GroupLinks, "list" | "get">;
  readonly indicators: Pick<IndicatorLinks, "list">;
  readonly tasks: Pick<IdLinks<Task>, "list" | "get">;
  readonly victims: Pick<IdLinks<Victim>, "list" | "get">;
}

/** Body of a tag create or edit. @public */
export interface TagInput {
  name: string;
  description?: string;
}

/** `client.tags` (API reference §11.10). @public */
export interface TagsCollection {
  /** Every tag; `detailed: true` adds descriptions. ATT&CK tags are not listed. */
  list(options?: ListOptions<TagFilterField> & { detailed?: boolean }): AsyncIterable<Tag>;
  get(name: string, options?: ReadOptions): Promise<Tag>;
  /** Creates a tag with a description (tags are otherwise created by applying them). */
  create(tag: TagInput, options?: WriteOptions): Promise<Tag>;
  /** Renames a tag or changes its description. */
  update(name: string, changes: TagInput, options?: WriteOptions): Promise<Tag | undefined>;
  /** Removes the tag from every item. */
  delete(name: string, options?: WriteOptions): Promise<void>;
  /** Items carrying the tag. */
  at(name: string, options?: { owner?: string }): TaggedItems;
}

/** @internal */
export function createTags(ctx: Context): TagsCollection {
  const base = (name: string, owner?: string): Base => ({ template: "/v2/tags/{tag}", params: { tag: checkTagName(name) }, owner });

  return {
    list: (options = {}) => {
      const input = listInput(options);
      if (options.detailed === true) input.query = { ...input.query, detailed: true };
      return readList<Tag>(ctx, at(root, "GET", "", input), "tag", options);
    },
    get: (name, options = {}) => readEntity<Tag>(ctx, at(base(name), "GET", "", readInput(options)), "tag"),
    create: (tag, options = {}) => {
      checkTagName(tag.name);
      return readEntity<Tag>(ctx, at(root, "POST", "", writeInput(options, tag)), "tag");
    },
    update: async (name, changes, options = {}) => {
      checkTagName(changes.name);

      // The docs show no response body for this call (§11.10), so an empty answer is not an error.
      const data = await ctx.transport.request<Record<string, unknown> | undefined>(at(base(name), "PUT", "", writeInput(options, changes)));
      return data?.tag as Tag | undefined;
    },
    delete: (name, options = {}) => send(ctx, at(base(name), "DELETE", "", writeInput(options))),
    at: (name, options = {}) => taggedItems(ctx, base(name, options.owner)),
  };
}

const root: Base = { template: "/v2/tags", params: {}, owner: undefined };

/** @internal */
export function taggedItems(ctx: Context, base: Base): TaggedItems {
  const groups = groupLinks(ctx, base);
  const tasks = taskLinks(ctx, base);
  const victims = victimLinks(ctx, base);
  return {
    groups: { list: groups.list, get: groups.get },
    indicators: { list: indicatorLinks(ctx, base).list },
    tasks: { list: tasks.list, get: tasks.get },
    victims: { list: victims.list, get: victims.get },
  };
}
