import { withArticle, type VictimAssetInputs, type VictimInput } from "@tcapi/model";
import type { AttributesResource } from "./attributes-of.js";
import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import { endpoint } from "./endpoint.js";
import type { Task, Victim, VictimAsset } from "./entities.js";
import type { NameFilterField } from "./filters.js";
import type { GroupLinks, LinkListOptions } from "./group-links.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import { itemResources } from "./item-resources.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { SecurityLabelsResource } from "./security-labels-of.js";
import type { TagsResource } from "./tags-of.js";
import { VICTIM_ASSET_BRANCHES, type VictimAssetType } from "./type-catalog.js";
import { checkId } from "./validate.js";
import { fail } from "./validation-error.js";
import { assetParams, checkAssetType, victimAssetLinks } from "./victim-asset-links.js";
import { taskLinks, victimLinks, type IdLinks } from "./victim-links.js";
import type { WriteOptions } from "./write-options.js";

/** Body of a new victim (API reference §11.13); the model's victim body under this package's name. @public */
export type VictimCreate = VictimInput;

/** Fields of a victim asset per type (§10.3); the model's asset bodies under this package's name. @public */
export type VictimAssetFields = VictimAssetInputs;

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
    ...itemResources(ctx, base),
    indicators: { list: indicatorLinks(ctx, base).list },
    victims: { list: victims.list, get: victims.get },
    tasks: { list: tasks.list, get: tasks.get },
  };
}

function victimAssets(ctx: Context, base: Base): VictimAssets {
  const path = "/victimAssets/{assetType}/{assetId}";

  // Listing, reading and deleting a victim's own assets are the same requests as for linked assets.
  const links = victimAssetLinks(ctx, base);

  return {
    list: (options) => links.list(options),
    get: (type, id, options) => links.get(type, id, options),
    create: (type, fields, options = {}) => {
      checkAssetFields(type, fields);
      const input = { ...writeInput(options, fields), params: { assetType: checkAssetType(type) } };
      return readEntity<VictimAsset>(ctx, at(base, "POST", "/victimAssets/{assetType}", input), VICTIM_ASSET_BRANCHES[type]);
    },
    update: (type, id, fields, options = {}) => {
      checkAssetFields(type, fields);
      const request = at(base, "PUT", path, { ...writeInput(options, fields), params: assetParams(type, id) });
      return readEntity<VictimAsset>(ctx, request, VICTIM_ASSET_BRANCHES[type]);
    },
    delete: (type, id, options) => links.remove(type, id, options),
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
    fail(field, "required", `Add "${field}" to the request: ${withArticle(type)} victim asset needs it.`);
  }
}

function checkVictim(body: VictimCreate): void {
  if (typeof body.name !== "string" || body.name.trim() === "") {
    fail("name", "required", "A victim needs a name; pass a non-empty \"name\".");
  }
}

