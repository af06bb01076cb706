import type { StreamResponse } from "@tcapi/transport";
import { endpoint } from "./endpoint.js";
import { listInput, readInput, readList, writeInput, type Context } from "./context.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** Search parameters of `GET /v2/playbooks/search` (API reference §11.17). @public */
export interface PlaybookSearch extends ListOptions {
  name?: string;
  triggerType?: string;
  status?: "Active" | "Inactive" | "Draft" | "Archive";
  sortOn?: "name" | "triggerType";
  sortAscending?: boolean;
  labels?: string[];
}

/**
 * `client.playbooks` (API reference §11.17). Response shapes are not documented, so results
 * are the decoded `data` as the server sends it.
 * @public
 */
export interface PlaybooksResource {
  list(options?: ListOptions): AsyncIterable<unknown>;
  search(options?: PlaybookSearch): AsyncIterable<unknown>;
  get(id: string | number, options?: ReadOptions): Promise<unknown>;
  /** The `.pbx` export; `format: "tcxp"` gives a Content Pack. */
  export(id: string | number, options?: ReadOptions & { as?: "tcxp" }): Promise<StreamResponse>;
  /** Imports a `.pbx` document. */
  import(pbx: unknown, options?: WriteOptions): Promise<unknown>;
  /** Uploads a `.pbx` document as a new major version. */
  upload(id: string | number, pbx: unknown, options?: WriteOptions): Promise<unknown>;
  activate(id: string | number, options?: WriteOptions): Promise<unknown>;
  deactivate(id: string | number, options?: WriteOptions): Promise<unknown>;
  delete(id: string | number, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function createPlaybooks(ctx: Context): PlaybooksResource {
  const params = (id: string | number) => {
    if (String(id).trim() === "") fail("playbook", "required", "The playbook id or group XID is empty; pass one.");
    return { playbook: id };
  };
  const call = (request: Parameters<Context["transport"]["request"]>[0]) => ctx.transport.request(request);

  return {
    list: (options = {}) => readList(ctx, endpoint("GET /v2/playbooks", { ...listInput(options), owner: null }), "playbook", options),
    search: (options = {}) => {
      const input = { ...listInput(options), owner: null };
      const extra: Record<string, string | boolean> = {};
      for (const key of ["name", "triggerType", "status", "sortOn"] as const) {
        const value = options[key];
        if (value !== undefined) extra[key] = value;
      }
      if (options.sortAscending !== undefined) extra.sortAscending = options.sortAscending;
      if (options.labels !== undefined) extra.labels = options.labels.join(",");
      return readList(ctx, endpoint("GET /v2/playbooks/search", { ...input, query: { ...input.query, ...extra } }), "playbook", options);
    },
    get: (id, options = {}) => call(endpoint("GET /v2/playbooks/{playbook}", { ...readInput(options), owner: null, params: params(id) })),
    export: (id, options = {}) => {
      const input = { ...readInput(options), owner: null, params: params(id) };
      if (options.as !== undefined) input.query = { format: options.as };
      return ctx.transport.stream(endpoint("GET /v2/playbooks/{playbook}/export", input));
    },
    import: (pbx, options = {}) => call(endpoint("POST /v2/playbooks", { ...writeInput(options, pbx), owner: null })),
    upload: (id, pbx, options = {}) =>
      call(endpoint("POST /v2/playbooks/{playbook}", { ...writeInput(options, pbx), owner: null, params: params(id) })),
    activate: (id, options = {}) =>
      call(endpoint("POST /v2/playbooks/{playbook}/activate", { ...writeInput(options), owner: null, params: params(id) })),
    deactivate: (id, options = {}) =>
      call(endpoint("POST /v2/playbooks/{playbook}/deactivate", { ...writeInput(options), owner: null, params: params(id) })),
    delete: async (id, options = {}) => {
      await call(endpoint("DELETE /v2/playbooks/{playbook}", { ...writeInput(options), owner: null, params: params(id) }));
    },
  };
}
