import { findVictimAssetKind, VICTIM_ASSET_KINDS } from "../catalog/asset-catalog.js";
import type { VictimAssetKind } from "../catalog/asset-catalog.js";
import { badRequest, notFound } from "../http/api-error.js";
import { optString } from "../http/body-fields.js";
import { readFilters } from "../http/filters.js";
import { readIncludes } from "../http/includes.js";
import { countFor, pageOf, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderVictim, renderVictimAsset } from "../render/render-task-victim.js";
import type { VictimAssetRecord, VictimRecord } from "../store/entities.js";
import { deleteVictim, insertVictim, newMeta } from "../store/items.js";
import { unlinkAll } from "../store/links.js";
import { itemRef } from "../store/store.js";

const VICTIM_FIELDS = ["description", "org", "suborg", "workLocation", "nationality"] as const;

/** §11.13: victims and their assets. */
export function registerVictimRoutes(router: Router): void {
  router.on("GET", "/v2/victims", (ctx) => {
    const owner = ctx.owner();
    const page = readPage(ctx.query);
    const filters = readFilters<VictimRecord>(ctx.query, { name: { kind: "string", ops: "=^", read: (v) => v.name } });
    const { items, total } = pageOf(ctx.store.victimIndex.all(`${owner.id}`), (id) => ctx.store.victims.get(id), page, filters?.keep);
    const inc = readIncludes(ctx.query);
    const view = { single: false, includeTags: inc.tags, includeAttributes: inc.attributes };
    return listReply("victim", items.map((v) => renderVictim(ctx.store, v, view)), countFor(page, total));
  });

  router.on("GET", "/v2/victims/:vid", (ctx) => itemReply("victim", renderVictim(ctx.store, victimFromPath(ctx), single(ctx))));

  router.on("POST", "/v2/victims", async (ctx) => {
    const owner = ctx.owner();
    const body = await ctx.json();
    const name = optString(body, "name", 255);
    if (name === undefined || name.trim() === "") throw badRequest("The name field is required");
    const patch = readVictimFields(body);
    const victim: VictimRecord = { id: ctx.store.nextId(), ownerId: owner.id, name, dateAdded: ctx.stamp(), ...newMeta(), ...patch };
    insertVictim(ctx.store, victim);
    return itemReply("victim", renderVictim(ctx.store, victim, single(ctx)), 201);
  });

  router.on("PUT", "/v2/victims/:vid", async (ctx) => {
    const victim = victimFromPath(ctx);
    const body = await ctx.json();
    const name = optString(body, "name", 255);
    if (name?.trim() === "") throw badRequest("The name field cannot be empty");
    Object.assign(victim, readVictimFields(body));
    if (name !== undefined) victim.name = name;
    return itemReply("victim", renderVictim(ctx.store, victim, single(ctx)));
  });

  router.on("DELETE", "/v2/victims/:vid", (ctx) => {
    deleteVictim(ctx.store, victimFromPath(ctx));
    return okReply();
  });

  router.on("GET", "/v2/victims/:vid/victimAssets", (ctx) => {
    const victim = victimFromPath(ctx);
    const assets = assetsOf(ctx, victim.id).map((a) => renderVictimAsset(a, false));
    return listReply("victimAsset", assets, assets.length);
  });

  router.on("GET", "/v2/victims/:vid/victimAssets/:abranch", (ctx) => {
    const victim = victimFromPath(ctx);
    const kind = assetKind(ctx.param("abranch"));
    const assets = assetsOf(ctx, victim.id).filter((a) => a.branch === kind.branch).map((a) => renderVictimAsset(a, true));
    return listReply(kind.key, assets, assets.length);
  });

  router.on("POST", "/v2/victims/:vid/victimAssets/:abranch", async (ctx) => {
    const victim = victimFromPath(ctx);
    const kind = assetKind(ctx.param("abranch"));
    const fields = readAssetFields(kind, await ctx.json(), true);
    const asset: VictimAssetRecord = { id: ctx.store.nextId(), victimId: victim.id, branch: kind.branch, fields };
    ctx.store.victimAssets.set(asset.id, asset);
    return itemReply(kind.key, renderVictimAsset(asset, true), 201);
  });

  router.on("GET", "/v2/victims/:vid/victimAssets/:abranch/:aid", (ctx) => {
    const { kind, asset } = assetFromPath(ctx);
    return itemReply(kind.key, renderVictimAsset(asset, true));
  });

  router.on("PUT", "/v2/victims/:vid/victimAssets/:abranch/:aid", async (ctx) => {
    const { kind, asset } = assetFromPath(ctx);
    Object.assign(asset.fields, readAssetFields(kind, await ctx.json(), false));
    return itemReply(kind.key, renderVictimAsset(asset, true));
  });

  router.on("DELETE", "/v2/victims/:vid/victimAssets/:abranch/:aid", (ctx) => {
    const { asset } = assetFromPath(ctx);
    ctx.store.victimAssets.delete(asset.id);
    unlinkAll(ctx.store, itemRef("victimAsset", asset.id));
    return okReply();
  });
}

export function victimFromPath(ctx: RequestContext, param = "vid"): VictimRecord {
  const victim = ctx.store.victims.get(Number(ctx.param(param)));
  if (!victim) throw notFound();
  return victim;
}

export function assetKind(branch: string): VictimAssetKind {
  const kind = findVictimAssetKind(branch);
  if (!kind) throw badRequest(`Unknown victim asset type "${branch}"; use one of ${VICTIM_ASSET_KINDS.map((k) => k.branch).join(", ")}`);
  return kind;
}

export function assetsOf(ctx: RequestContext, victimId: number): VictimAssetRecord[] {
  return [...ctx.store.victimAssets.values()].filter((a) => a.victimId === victimId);
}

function assetFromPath(ctx: RequestContext): { kind: VictimAssetKind; asset: VictimAssetRecord } {
  const victim = victimFromPath(ctx);
  const kind = assetKind(ctx.param("abranch"));
  const asset = ctx.store.victimAssets.get(Number(ctx.param("aid")));
  if (asset?.victimId !== victim.id || asset.branch !== kind.branch) throw notFound();
  return { kind, asset };
}

function single(ctx: RequestContext) {
  const inc = readIncludes(ctx.query);
  return { single: true, includeTags: inc.tags, includeAttributes: inc.attributes };
}

function readVictimFields(body: Record<string, unknown>): Partial<VictimRecord> {
  const patch: Partial<VictimRecord> = {};
  for (const field of VICTIM_FIELDS) {
    const value = optString(body, field, 500);
    if (value !== undefined) patch[field] = value;
  }
  return patch;
}

/** Required flags are the same for create and update (§10.3), but update may omit fields. */
function readAssetFields(kind: VictimAssetKind, body: Record<string, unknown>, creating: boolean): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const field of kind.fields) {
    const value = optString(body, field, 500);
    if (value !== undefined) fields[field] = value;
  }
  if (creating && (fields[kind.required] ?? "").trim() === "") throw badRequest(`The ${kind.required} field is required for a ${kind.type} asset`);
  if (fields[kind.required]?.trim() === "") throw badRequest(`The ${kind.required} field cannot be empty`);
  return fields;
}
