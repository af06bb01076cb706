import type { Query } from "./query.js";

export interface Includes { tags: boolean; attributes: boolean; additional: boolean; labels: boolean }

/** includeTags / includeAttributes / includeAdditional, or the `includes=` spelling (§3.4). */
export function readIncludes(query: Query): Includes {
  const includes = new Set(query.all("includes").flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()));
  return {
    tags: query.flag("includeTags") || includes.has("tags"),
    attributes: query.flag("includeAttributes") || includes.has("attributes"),
    additional: query.flag("includeAdditional") || includes.has("additional"),
    labels: includes.has("labels"),
  };
}
