import { validateTagName } from "@tcapi/model";
import { ApiError, badRequest, notFound } from "../http/api-error.js";
import { optBool, optString, reqString } from "../http/body-fields.js";
import { readIncludes } from "../http/includes.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderAttribute, renderLabel, renderTag } from "../render/render-meta.js";
import type { AttributeRecord, LabelRecord } from "../store/entities.js";
import { applyTag, attributesOf, removeTag, tagKey, tagsOf } from "../store/meta.js";
import { ownerName } from "../store/owners.js";
import type { ItemPrefix, ResolvedItem } from "./item-resolvers.js";


/** Attributes (+ their labels), tags and security labels under one item prefix (§11.4, §11.14). */
export function registerMetaRoutes(router: Router, item: ItemPrefix): void {
  const p = item.prefix;

  router.on("GET", `${p}/attributes`, (ctx) => {
    const target = item.resolve(ctx);
    const page = readPage(ctx.query);
    const additional = readIncludes(ctx.query).additional;
    const { items, total } = pageArray(attributesOf(ctx.store, target.meta), page);
    return listReply("attribute", items.map((a) => renderAttribute(a, additional)), countFor(page, total));
  });

  router.on("POST", `${p}/attributes`, async (ctx) => {
    const target = item.resolve(ctx);
    const body = await ctx.json();
    const type = reqString(body, "type", 100);
    const value = reqString(body, "value", 65_500);
    const displayed = optBool(body, "displayed") ?? false;
    const source = optString(body, "source");
    const at = ctx.stamp();
    const attribute: AttributeRecord = { id: ctx.store.nextId(), type, value, displayed, dateAdded: at, lastModified: at, labels: new Set() };
    if (source !== undefined) attribute.source = source;
    ctx.store.attributes.set(attribute.id, attribute);
    target.meta.attributes.push(attribute.id);
    return itemReply("attribute", renderAttribute(attribute, false), 201);
  });

  router.on("GET", `${p}/attributes/:atid`, (ctx) => itemReply("attribute", renderAttribute(attributeOf(ctx, item.resolve(ctx)), readIncludes(ctx.query).additional)));

  router.on("PUT", `${p}/attributes/:atid`, async (ctx) => {
    const attribute = attributeOf(ctx, item.resolve(ctx));
    const body = await ctx.json();
    const value = reqString(body, "value", 65_500);
    const displayed = optBool(body, "displayed");
    const source = optString(body, "source");
    attribute.value = value;
    if (displayed !== undefined) attribute.displayed = displayed;
    if (source !== undefined) attribute.source = source;
    attribute.lastModified = ctx.stamp();
    return itemReply("attribute", renderAttribute(attribute, false));
  });

  router.on("DELETE", `${p}/attributes/:atid`, (ctx) => {
    const target = item.resolve(ctx);
    const attribute = attributeOf(ctx, target);
    target.meta.attributes = target.meta.attributes.filter((id) => id !== attribute.id);
    ctx.store.attributes.delete(attribute.id);
    return okReply();
  });

  router.on("GET", `${p}/attributes/:atid/securityLabels`, (ctx) => labelList(ctx, attributeOf(ctx, item.resolve(ctx)).labels));
  router.on("POST", `${p}/attributes/:atid/securityLabels/:label`, (ctx) => {
    const attribute = attributeOf(ctx, item.resolve(ctx));
    attribute.labels.add(existingLabel(ctx).name.toLowerCase());
    return okReply();
  });
  router.on("DELETE", `${p}/attributes/:atid/securityLabels/:label`, (ctx) => {
    const attribute = attributeOf(ctx, item.resolve(ctx));
    if (!attribute.labels.delete(ctx.param("label").toLowerCase())) throw notFound();
    return okReply();
  });

  router.on("GET", `${p}/tags`, (ctx) => {
    const target = item.resolve(ctx);
    const page = readPage(ctx.query);
    const owner = ownerName(ctx.store, target.ownerId);
    const { items, total } = pageArray(tagsOf(ctx.store, target.meta), page);
    return listReply("tag", items.map((t) => renderTag(t, owner, false)), countFor(page, total));
  });
  router.on("GET", `${p}/tags/:tag`, (ctx) => {
    const target = item.resolve(ctx);
    const key = tagKey(target.ownerId, ctx.param("tag"));
    const tag = target.meta.tags.has(key) ? ctx.store.tags.get(key) : undefined;
    if (!tag) throw notFound();
    return itemReply("tag", renderTag(tag, ownerName(ctx.store, target.ownerId), true));
  });
  router.on("POST", `${p}/tags/:tag`, (ctx) => {
    const target = item.resolve(ctx);
    applyTag(ctx.store, target.ownerId, target.meta, checkedTagName(ctx.param("tag")));
    return okReply();
  });
  router.on("DELETE", `${p}/tags/:tag`, (ctx) => {
    const target = item.resolve(ctx);
    if (!removeTag(ctx.store, target.ownerId, target.meta, ctx.param("tag"))) throw notFound();
    return okReply();
  });

  router.on("GET", `${p}/securityLabels`, (ctx) => labelList(ctx, item.resolve(ctx).meta.labels));
  router.on("GET", `${p}/securityLabels/:label`, (ctx) => {
    const target = item.resolve(ctx);
    const label = target.meta.labels.has(ctx.param("label").toLowerCase()) ? ctx.store.labels.get(ctx.param("label").toLowerCase()) : undefined;
    if (!label) throw notFound();
    return itemReply("securityLabel", renderLabel(label));
  });
  router.on("POST", `${p}/securityLabels/:label`, (ctx) => {
    const target = item.resolve(ctx);
    target.meta.labels.add(existingLabel(ctx).name.toLowerCase());
    return okReply();
  });
  router.on("DELETE", `${p}/securityLabels/:label`, (ctx) => {
    const target = item.resolve(ctx);
    if (!target.meta.labels.delete(ctx.param("label").toLowerCase())) throw notFound();
    return okReply();
  });
}

/** Tag names follow the same rule as the client's (1–128 characters, §13), from @tcapi/model. */
export function checkedTagName(name: string): string {
  const checked = validateTagName(name.trim());
  if (!checked.ok) throw badRequest(checked.problems.map((p) => p.message).join("; "));
  return checked.value;
}

function attributeOf(ctx: RequestContext, target: ResolvedItem): AttributeRecord {
  const id = Number(ctx.param("atid"));
  const attribute = target.meta.attributes.includes(id) ? ctx.store.attributes.get(id) : undefined;
  if (!attribute) throw notFound();
  return attribute;
}

/** Labels must already exist to be applied through REST (§11.11). */
function existingLabel(ctx: RequestContext): LabelRecord {
  const label = ctx.store.labels.get(ctx.param("label").toLowerCase());
  if (!label) throw new ApiError(400, `The security label "${ctx.param("label")}" does not exist; labels must be created (e.g. through the Batch API) before they are applied`);
  return label;
}

function labelList(ctx: RequestContext, keys: Set<string>) {
  const page = readPage(ctx.query);
  const labels = [...keys].map((k) => ctx.store.labels.get(k)).filter((l) => l !== undefined);
  const { items, total } = pageArray(labels, page);
  return listReply("securityLabel", items.map(renderLabel), countFor(page, total));
}
