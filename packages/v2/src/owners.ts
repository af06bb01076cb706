import { endpoint } from "./endpoint.js";
import { listInput, readEntity, readInput, readList, type Context } from "./context.js";
import type { Owner, OwnerMetric, User } from "./entities.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { checkId } from "./validate.js";

/** The anonymous form of the members list (API reference §4.4). @public */
export interface AnonymousMembers {
  anonymous: true;
  members: { pseudonym: string }[];
}

/** `client.owners` (API reference §11.1). @public */
export interface OwnersResource {
  /** Every organization, community and source the user can see; a good connectivity test. */
  list(options?: ListOptions): AsyncIterable<Owner>;
  get(id: number | string, options?: ReadOptions): Promise<Owner>;
  /** The API user's own organization. */
  mine(options?: ReadOptions): Promise<Owner>;
  /** Members of the own organization; pseudonyms only when the org allows anonymous membership. */
  members(options?: ReadOptions): Promise<User[] | AnonymousMembers>;
  /** Daily metrics of every owner, or of one owner for the past 30 days. */
  metrics(options?: ListOptions & { id?: number | string }): AsyncIterable<OwnerMetric>;
}

/** @internal */
export function createOwners(ctx: Context): OwnersResource {
  const noOwner = { owner: null } as const;
  return {
    list: (options = {}) => readList<Owner>(ctx, endpoint("GET /v2/owners", { ...listInput(options), ...noOwner }), "owner", options),
    get: (id, options = {}) =>
      readEntity<Owner>(
        ctx,
        endpoint("GET /v2/owners/{ownerId}", { ...readInput(options), ...noOwner, params: { ownerId: checkId("ownerId", id) } }),
        "owner",
      ),
    mine: (options = {}) => readEntity<Owner>(ctx, endpoint("GET /v2/owners/mine", { ...readInput(options), ...noOwner }), "owner"),
    members: async (options = {}) => {
      const request = { ...endpoint("GET /v2/owners/mine/members", { ...readInput(options), ...noOwner }), envelope: false };

      // The anonymous variant puts its fields at the top level instead of under data (§4.4).
      const body = await ctx.transport.request<Record<string, unknown>>(request);
      if (body.anonymous === true) return { anonymous: true, members: (body.members ?? []) as { pseudonym: string }[] };
      const data = (body.data ?? {}) as Record<string, unknown>;
      return (data.user ?? data.User ?? []) as User[];
    },
    metrics: (options = {}) => {
      if (options.id === undefined) {
        return readList<OwnerMetric>(ctx, endpoint("GET /v2/owners/metrics", { ...listInput(options), ...noOwner }), "ownerMetric", options);
      }
      const params = { ownerId: checkId("ownerId", options.id) };
      const request = endpoint("GET /v2/owners/{ownerId}/metrics", { ...listInput(options), ...noOwner, params });
      return readList<OwnerMetric>(ctx, request, "ownerMetric", options);
    },
  };
}

/** `client.whoami()`: the API user (§11.1). @internal */
export function createWhoami(ctx: Context): (options?: ReadOptions) => Promise<User> {
  return (options = {}) => readEntity<User>(ctx, endpoint("GET /v2/whoami", { ...readInput(options), owner: null }), "user");
}
