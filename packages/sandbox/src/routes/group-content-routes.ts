import { findAdversaryAssetKind, ADVERSARY_ASSET_KINDS } from "../catalog/asset-catalog.js";
import type { AdversaryAssetKind } from "../catalog/asset-catalog.js";
import { ApiError, badRequest, notFound } from "../http/api-error.js";
import { optBool, reqString } from "../http/body-fields.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { groupLink } from "../render/web-link.js";
import type { AdversaryAssetRecord, GroupRecord } from "../store/entities.js";
import { groupFromPath } from "./group-lookup.js";

/**
 * Malware documents must be password-protected zips (§11.8, checked from the file headers): the
 * first local file header starts "PK\x03\x04" and bit 0 of its flags (byte 6) marks encryption.
 */
function isEncryptedZip(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip && ((bytes[6] ?? 0) & 1) === 1;
}

/** §11.8: document/report upload and download, signature download, publish, adversary assets. */
export function registerGroupContentRoutes(router: Router): void {
  for (const method of ["POST", "PUT"]) {
    router.on(method, "/v2/groups/:gbranch/:gid/upload", async (ctx) => {
      const { kind, group } = groupFromPath(ctx);
      if (kind.name !== "Document" && kind.name !== "Report") throw notFound();
      const type = ctx.request.headers.get("content-type");
      if (!type?.toLowerCase().startsWith("application/octet-stream")) {
        throw new ApiError(415, "Upload the file contents with Content-Type: application/octet-stream");
      }
      const bytes = await ctx.bytes();
      if (group.fields.malware === true && !isEncryptedZip(bytes)) {
        throw badRequest("A malware document must be uploaded as a password-protected zip file");
      }
      group.content = bytes;
      group.lastModified = ctx.stamp();
      return okReply();
    });
  }

  router.on("GET", "/v2/groups/:gbranch/:gid/download", (ctx) => {
    const { kind, group } = groupFromPath(ctx);
    if (kind.name === "Signature") {
      return new Response(typeof group.fields.fileText === "string" ? group.fields.fileText : "", { headers: { "content-type": "text/plain" } });
    }
    if ((kind.name !== "Document" && kind.name !== "Report") || !group.content) throw notFound();
    return new Response(group.content, { headers: { "content-type": "application/octet-stream" } });
  });

  router.on("POST", "/v2/groups/:gbranch/:gid/publish", async (ctx) => {
    const { group } = groupFromPath(ctx);
    const body = await ctx.json();
    const list = body.securityLabelList ?? [];
    if (!Array.isArray(list) || !list.every((l) => typeof l === "string")) {
      throw badRequest("The securityLabelList field must be an array of security label names");
    }
    optBool(body, "excludeUnlabeled");
    group.published = true;
    return okReply();
  });

  router.on("GET", "/v2/groups/adversaries/:gid/adversaryAssets", (ctx) => {
    const group = adversary(ctx);
    const assets = group.assets.map((a) => ({ id: a.id, name: a.value, type: a.type, webLink: groupLink("adversary", group.id) }));
    return listReply("bucketAsset", assets, assets.length);
  });

  router.on("GET", "/v2/groups/adversaries/:gid/adversaryAssets/:abranch", (ctx) => {
    const group = adversary(ctx);
    const kind = assetKind(ctx);
    const assets = group.assets.filter((a) => a.type === kind.type).map((a) => renderAsset(group, kind, a));
    return listReply(kind.key, assets, assets.length);
  });

  router.on("POST", "/v2/groups/adversaries/:gid/adversaryAssets/:abranch", async (ctx) => {
    const group = adversary(ctx);
    const kind = assetKind(ctx);
    const value = assetValue(kind, await ctx.json());
    const asset: AdversaryAssetRecord = { id: ctx.store.nextId(), type: kind.type, value };
    group.assets.push(asset);
    return itemReply(kind.key, renderAsset(group, kind, asset), 201);
  });

  router.on("GET", "/v2/groups/adversaries/:gid/adversaryAssets/:abranch/:aid", (ctx) => {
    const { group, kind, asset } = assetFromPath(ctx);
    return itemReply(kind.key, renderAsset(group, kind, asset));
  });

  router.on("PUT", "/v2/groups/adversaries/:gid/adversaryAssets/:abranch/:aid", async (ctx) => {
    const { group, kind, asset } = assetFromPath(ctx);
    asset.value = assetValue(kind, await ctx.json());
    return itemReply(kind.key, renderAsset(group, kind, asset));
  });

  router.on("DELETE", "/v2/groups/adversaries/:gid/adversaryAssets/:abranch/:aid", (ctx) => {
    const { group, asset } = assetFromPath(ctx);
    group.assets = group.assets.filter((a) => a !== asset);
    return okReply();
  });
}

function adversary(ctx: RequestContext): GroupRecord {
  ctx.params.gbranch = "adversaries";
  return groupFromPath(ctx).group;
}

function assetKind(ctx: RequestContext): AdversaryAssetKind {
  const kind = findAdversaryAssetKind(ctx.param("abranch"));
  if (!kind) throw badRequest(`Unknown adversary asset type "${ctx.param("abranch")}"; use one of ${ADVERSARY_ASSET_KINDS.map((k) => k.branch).join(", ")}`);
  return kind;
}

/** Each asset type takes only its own field (§10.4). */
function assetValue(kind: AdversaryAssetKind, body: Record<string, unknown>): string {
  for (const other of ADVERSARY_ASSET_KINDS) {
    if (other !== kind && body[other.field] !== undefined) throw badRequest(`The ${other.field} field can only be set on ${other.branch} assets`);
  }
  return reqString(body, kind.field, 500);
}

function assetFromPath(ctx: RequestContext): { group: GroupRecord; kind: AdversaryAssetKind; asset: AdversaryAssetRecord } {
  const group = adversary(ctx);
  const kind = assetKind(ctx);
  const asset = group.assets.find((a) => String(a.id) === ctx.param("aid") && a.type === kind.type);
  if (!asset) throw notFound();
  return { group, kind, asset };
}

function renderAsset(group: GroupRecord, kind: AdversaryAssetKind, asset: AdversaryAssetRecord): Record<string, unknown> {
  return { id: asset.id, type: asset.type, webLink: groupLink("adversary", group.id), [kind.field]: asset.value };
}
