import { at, readEntity, readInput, readList, send, listInput, writeInput, type Base, type Context } from "./context.js";
import type { SecurityLabel } from "./entities.js";
import type { NameFilterField } from "./filters.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { checkLabel } from "./security-labels-of.js";
import { taggedItems, type TaggedItems } from "./tags.js";
import type { WriteOptions } from "./write-options.js";

/** Items carrying one label; indicators can also be fetched one by one. @public */
export interface LabelledItems extends Omit<TaggedItems, "indicators"> {
  readonly indicators: Pick<IndicatorLinks, "list" | "get">;
}

/**
 * `client.securityLabels` (API reference §11.11). No v2 REST call creates labels; create them
 * through a batch job (`securityLabel` with `name`, `description`, `color`).
 * @public
 */
export interface SecurityLabelsCollection {
  list(options?: ListOptions<NameFilterField>): AsyncIterable<SecurityLabel>;
  get(name: string, options?: ReadOptions): Promise<SecurityLabel>;
  /** Deletes the label and removes it from every item. */
  delete(name: string, options?: WriteOptions): Promise<void>;
  at(name: string, options?: { owner?: string }): LabelledItems;
}

/** @internal */
export function createSecurityLabels(ctx: Context): SecurityLabelsCollection {
  const root: Base = { template: "/v2/securityLabels", params: {}, owner: undefined };
  const base = (name: string, owner?: string): Base => ({ template: "/v2/securityLabels/{label}", params: { label: checkLabel(name) }, owner });

  return {
    list: (options = {}) => readList<SecurityLabel>(ctx, at(root, "GET", "", listInput(options)), "securityLabel", options),
    get: (name, options = {}) => readEntity<SecurityLabel>(ctx, at(base(name), "GET", "", readInput(options)), "securityLabel"),
    delete: (name, options = {}) => send(ctx, at(base(name), "DELETE", "", writeInput(options))),
    at: (name, options = {}) => {
      const b = base(name, options.owner);
      const indicators = indicatorLinks(ctx, b);
      return { ...taggedItems(ctx, b), indicators: { list: indicators.list, get: indicators.get } };
    },
  };
}
