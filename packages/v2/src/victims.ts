import { attributesOf, type AttributesResource } from "./attributes-of.js";
import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import { endpoint } from "./endpoint.js";
import type { Task, Victim, VictimAsset } from "./entities.js";
import type { NameFilterField } from "./filters.js";
import { groupLinks, type GroupLinks, type LinkListOptions } from "./group-links.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { securityLabelsOf, type SecurityLabelsResource } from "./security-labels-of.js";
import { tagsOf, type TagsResource } from "./tags-of.js";
import { VICTIM_ASSET_BRANCHES, type VictimAssetType } from "./type-catalog.js";
import { checkId } from "./validate.js";
import { fail } from "./validation-error.js";
import { checkAssetType } from "./victim-asset-links.js";
import { taskLinks, victimLinks, type IdLinks } from "./victim-links.js";
import type { WriteOptions } from "./write-options.js";

/** Body of a new victim (API reference §11.13). @public */
export interface VictimCreate {
  name: string;
  description?: string;
  org?: string;
  suborg?: string;
  workLocation?: string;
  nationality?: string;
}

/** Fields of a victim asset per type (§10.3). @public */
export interface VictimAssetFields {
  emailAddresses: { address: string; addressType?: string };
  networkAccounts: { account: string; network?: string };
  phoneNumbers: { phoneType: string };
  socialNetworks: { account: string; network?: string };
  webSites: { webSite: string };
}

/** The victim's own assets. @public */
export interface VictimAssets {
  list(options?: LinkListOptions<VictimAssetType>): AsyncIterable<VictimAsset>;
  get(type: VictimAssetType, id: number | string, options?: ReadOptions): Promise<VictimAsset>;
  create<T extends VictimAssetType>(type: T, fields: VictimAssetFields[T], options?: WriteOptions): Promise<VictimAsset>;
  update<T extends VictimAssetType>(type: T, id: number | string, fields: VictimAssetFields[T], options?: WriteOptions): Promise<VictimAsset>;
  delete(type: VictimAssetType, id: number | string, options?: WriteOptions): Promise<void>;
}

/** One victim and everything that hangs off it. A victim needs an asset before it can be associated. @public */
export interface VictimHandle {
  readonly id: number | string;
  get(options?: ReadOptions): Promise<Victim>;
  update(changes: VictimCreate, options?: WriteOptions): Promise<Victim>;
  delete(options?: WriteOptions): Promise<void>;
  readonly assets: VictimAssets;
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: GroupLinks;
  /** Indicators sharing a group with the victim (no direct links exist). */
  readonly indicators: Pick<IndicatorLinks, "list">;
  /** Victims sharing a group with this one. */
  readonly victims: Pick<IdLinks<Victim>, "list" | "get">;
  readonly tasks: Pick<IdLinks<Task>, "list" | "get">;
}

/** `client.victims`. @public */
export interface VictimsResource {
  list(options?: ListOptions<NameFilterField>): AsyncIterable<Victim>;
  get(id: number | string, options?: ReadOptions): Promise<Victim>;
  create(body: VictimCreate, options?: WriteOptions): Promise<Victim>;
  update(id: number | string, changes: VictimCreate, options?: WriteOptions): Promise<Victim>;
  delete(id: number | string, options?: WriteOptions): Promise<void>;
  at(id: number | string, options?: { owner?: string }): VictimHandle;
}

/** @internal */
export function createVictims(ctx: Context): VictimsResource {
  const handle = (id: number | string, owner?: string) => victimHandle(ctx, id, owner);
  return {
    list: (options = {}) => readList<Victim>(ctx, endpoint("GET /v2/victims", listInput(options)), "victim", options),
    get: (id, options = {}) => handle(id, options.owner).get(options),
    create: (body, options = {}) => {
      checkVictim(body);
      return readEntity<Victim>(ctx, endpoint("POST /v2/victims", writeInput(options, body)), "victim");
    },
    update: (id, changes, options = {}) => handle(id, options.owner).update(changes, options),
    delete: (id, options = {}) => handle(id, options.owner).delete(options),
    at: (id, options = {}) => handle(id, options.owner),
  };
}

function victimHandle(ctx: Context, id: number | string, owner?: string): VictimHandle {
  const victimId = checkId("victimId", id);
  const base: Base = { template: "/v2/victims/{victimId}", params: { victimId }, owner: owner ?? null };
  const victims = victimLinks(ctx, base);
  const tasks = taskLinks(ctx, base);

  return {
    id: victimId,
    get: (options = {}) => readEntity<Victim>(ctx, at(base, "GET", "", readInput(options)), "victim"),
    update: (changes, options = {}) => {
      checkVictim(changes);
      return readEntity<Victim>(ctx, at(base, "PUT", "", writeInput(options, changes)), "victim");
    },
    delete: (options = {}) => send(ctx, at(base, "DELETE", "", writeInput(options))),
    assets: victimAssets(ctx, base),
    tags: tagsOf(ctx, base),
    securityLabels: securityLabelsOf(ctx, base),
    attributes: attributesOf(ctx, base),
    groups: groupLinks(ctx, base),
    indicators: { list: indicatorLinks(ctx, base).list },
    victims: { list: victims.list, get: victims.get },
    tasks: { list: tasks.list, get: tasks.get },
  };
}

function victimAssets(ctx: Context, base: Base): VictimAssets {
  const path = "/victimAssets/{assetType}/{assetId}";
  const one = (type: VictimAssetType, id: number | string) => ({ assetType: checkAssetType(type), assetId: checkId("assetId", id) });

  return {
    list: (options = {}) => {
      if (options.type === undefined) {
        return readList<VictimAsset>(ctx, at(base, "GET", "/victimAssets", listInput(options)), "victimAsset", options);
      }
      const input = { ...listInput(options), params: { assetType: checkAssetType(options.type) } };
      return readList<VictimAsset>(ctx, at(base, "GET", "/victimAssets/{assetType}", input), VICTIM_ASSET_BRANCHES[options.type], options);
    },
    get: (type, id, options = {}) =>
      readEntity<VictimAsset>(ctx, at(base, "GET", path, { ...readInput(options), params: one(type, id) }), VICTIM_ASSET_BRANCHES[type]),
    create: (type, fields, options = {}) => {
      checkAssetFields(type, fields);
      const input = { ...writeInput(options, fields), params: { assetType: checkAssetType(type) } };
      return readEntity<VictimAsset>(ctx, at(base, "POST", "/victimAssets/{assetType}", input), VICTIM_ASSET_BRANCHES[type]);
    },
    update: (type, id, fields, options = {}) => {
      checkAssetFields(type, fields);
      const request = at(base, "PUT", path, { ...writeInput(options, fields), params: one(type, id) });
      return readEntity<VictimAsset>(ctx, request, VICTIM_ASSET_BRANCHES[type]);
    },
    delete: (type, id, options = {}) => send(ctx, at(base, "DELETE", path, { ...writeInput(options), params: one(type, id) })),
  };
}

/** The one required field of each asset type (§10.3). */
const REQUIRED: Record<VictimAssetType, string> = {
  emailAddresses: "address",
  networkAccounts: "account",
  phoneNumbers: "phoneType",
  socialNetworks: "account",
  webSites: "webSite",
};

function checkAssetFields(type: VictimAssetType, fields: Record<string, unknown>): void {
  const field = REQUIRED[checkAssetType(type)];
  const value = fields[field];
  if (typeof value !== "string" || value.trim() === "") {
    fail(field, "required", `A ${type} victim asset needs "${field}"; add it to the request.`);
  }
}

function checkVictim(body: VictimCreate): void {
  if (typeof body.name !== "string" || body.name.trim() === "") {
    fail("name", "required", "A victim needs a name; pass a non-empty \"name\".");
  }
}

