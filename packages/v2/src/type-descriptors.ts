import { endpoint } from "./endpoint.js";
import { listInput, readEntity, readInput, readList, type Context } from "./context.js";

import type { ListOptions, ReadOptions } from "./list-options.js";
import type { Route } from "./route-table.js";
import { fail } from "./validation-error.js";

/** A read-only catalog of type descriptors (API reference §11.2). @public */
export interface TypeCatalog<T> {
  list(options?: ListOptions): AsyncIterable<T>;
  get(name: string, options?: ReadOptions): Promise<T>;
}

/** @internal */
export function createTypeCatalog<T>(ctx: Context, kind: "indicatorTypes" | "associationTypes" | "attributeTypes", key: string): TypeCatalog<T> {
  const listRoute = `GET /v2/types/${kind}` as Route;
  const oneRoute = `GET /v2/types/${kind}/{name}` as Route;

  return {
    list: (options = {}) => readList<T>(ctx, endpoint(listRoute, { ...listInput(options), owner: options.owner ?? null }), key, options),
    get: (name, options = {}) => {
      if (typeof name !== "string" || name.trim() === "") fail("name", "required", `The ${kind} name is empty; pass a name such as "Host".`);
      return readEntity<T>(ctx, endpoint(oneRoute, { ...readInput(options), owner: options.owner ?? null, params: { name } }), key);
    },
  };
}

