import { attributesOf, type AttributesResource } from "./attributes-of.js";
import type { Base, Context } from "./context.js";
import { groupLinks, type GroupLinks } from "./group-links.js";
import { securityLabelsOf, type SecurityLabelsResource } from "./security-labels-of.js";
import { tagsOf, type TagsResource } from "./tags-of.js";

/** The sub-resources every indicator, group, task and victim has below its own path. @internal */
export interface ItemResources {
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: GroupLinks;
}

/**
 * Tags, security labels, attributes and associated groups of the item at `base` (API reference
 * §11.4, §11.5, §11.11, §11.14): the same requests for every kind of item, so the handles share them.
 * @internal
 */
export function itemResources(ctx: Context, base: Base): ItemResources {
  return {
    tags: tagsOf(ctx, base),
    securityLabels: securityLabelsOf(ctx, base),
    attributes: attributesOf(ctx, base),
    groups: groupLinks(ctx, base),
  };
}
