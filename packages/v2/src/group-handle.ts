import type { StreamResponse } from "@tcapi/transport";
import type { AttributesResource } from "./attributes-of.js";
import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { AdversaryAsset, GroupTypeName } from "./entities.js";
import type { GroupUpdate } from "./group-bodies.js";
import type { GroupLinks, LinkListOptions } from "./group-links.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import { itemResources } from "./item-resources.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { SecurityLabelsResource } from "./security-labels-of.js";
import type { TagsResource } from "./tags-of.js";
import { ADVERSARY_ASSET_BRANCHES, type AdversaryAssetType, type GroupKind } from "./type-catalog.js";
import type { GroupOf } from "./type-maps.js";
import { checkGroupChanges } from "./check-group.js";
import { checkId } from "./validate.js";
import { fail } from "./validation-error.js";
import { victimAssetLinks, type VictimAssetLinks } from "./victim-asset-links.js";
import { taskLinks, victimLinks, type TaskLinks, type VictimLinks } from "./victim-links.js";
import type { WriteOptions } from "./write-options.js";

/** Raw content for uploads: bytes, text or a byte stream. @public */
export type UploadBody = Uint8Array | string | ReadableStream<Uint8Array>;

/** Options of document and report uploads (§11.8). @public */
export interface UploadOptions extends WriteOptions {
  /** `true`: PUT, replacing existing contents; default POST (first upload). */
  replace?: boolean;
}

/** Body of a publish call (§11.8). @public */
export interface PublishOptions extends WriteOptions {
  /** Names of security labels whose items are left out. */
  securityLabelList?: string[];
  /** Leave out items without a label. */
  excludeUnlabeled?: boolean;
}

/** One group and everything that hangs off it (API reference §11.7–§11.9). @public */
export interface GroupHandle<T extends GroupTypeName> {
  readonly type: T;
  readonly id: number | string;
  get(options?: ReadOptions): Promise<GroupOf<T>>;
  update(changes: GroupUpdate<T>, options?: WriteOptions): Promise<GroupOf<T>>;
  delete(options?: WriteOptions): Promise<void>;
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: GroupLinks;
  readonly indicators: Omit<IndicatorLinks, "get">;
  readonly victimAssets: VictimAssetLinks;
  readonly victims: VictimLinks;
  readonly tasks: Omit<TaskLinks, "get">;
  publish(options?: PublishOptions): Promise<void>;
}

/** Groups with a PDF report: every type except documents and emails (§11.8). @public */
export interface PdfCapable {
  /** The PDF report as a byte stream. */
  pdf(options?: ReadOptions): Promise<StreamResponse>;
}

/** Document and report contents. @public */
export interface Uploadable {
  /** Uploads raw contents (`application/octet-stream`); malware needs a password-protected zip. */
  upload(body: UploadBody, options?: UploadOptions): Promise<void>;
}

/** An adversary's assets: handles, phone numbers, URLs (§10.4, §11.8). @public */
export interface AdversaryAssets {
  list(options?: LinkListOptions<AdversaryAssetType>): AsyncIterable<AdversaryAsset>;
  get(type: AdversaryAssetType, id: number | string, options?: ReadOptions): Promise<AdversaryAsset>;
  /** Adds an asset; `value` is the handle, phone number or URL. */
  create(type: AdversaryAssetType, value: string, options?: WriteOptions): Promise<AdversaryAsset>;
  update(type: AdversaryAssetType, id: number | string, value: string, options?: WriteOptions): Promise<AdversaryAsset>;
  delete(type: AdversaryAssetType, id: number | string, options?: WriteOptions): Promise<void>;
}

/** A signature's text: downloaded as a stream, uploaded raw. @public */
export interface SignatureContent {
  download(options?: ReadOptions): Promise<StreamResponse>;
  upload(body: UploadBody, options?: WriteOptions): Promise<void>;
}

/** The handle of a group type, with its type-specific extras. @public */
export type GroupHandleOf<T extends GroupTypeName> = GroupHandle<T> &
  (T extends "Document"
    ? Uploadable & { download(options?: ReadOptions): Promise<StreamResponse> }
    : T extends "Email"
      ? object
      : PdfCapable) &
  (T extends "Report" ? Uploadable : object) &
  (T extends "Signature" ? SignatureContent : object) &
  (T extends "Adversary" ? { readonly assets: AdversaryAssets } : object);

/** @internal */
export function groupHandle(ctx: Context, kind: GroupKind, id: number | string, owner?: string): GroupHandle<GroupTypeName> {
  const groupId = checkId("groupId", id);
  const base: Base = { template: "/v2/groups/{groupType}/{groupId}", params: { groupType: kind.branch, groupId }, owner: owner ?? null };
  const literal: Base = { template: `/v2/groups/${kind.branch}/{groupId}`, params: { groupId }, owner: owner ?? null };
  const { add, remove, list } = indicatorLinks(ctx, base);
  const tasks = taskLinks(ctx, base);

  const handle: GroupHandle<GroupTypeName> = {
    type: kind.name,
    id: groupId,
    get: (options = {}) => readEntity(ctx, at(base, "GET", "", readInput(options)), kind.entity, kind.name),
    update: (changes, options = {}) => {
      checkGroupChanges(kind.name, changes, "update");
      return readEntity(ctx, at(base, "PUT", "", writeInput(options, changes)), kind.entity, kind.name);
    },
    delete: (options = {}) => send(ctx, at(base, "DELETE", "", writeInput(options))),
    ...itemResources(ctx, base),
    indicators: { list, add, remove },
    victimAssets: victimAssetLinks(ctx, base),
    victims: victimLinks(ctx, base),
    tasks: { list: tasks.list, add: tasks.add, remove: tasks.remove },
    publish: (options = {}) => {
      const body: Record<string, unknown> = {};
      if (options.securityLabelList !== undefined) body.securityLabelList = options.securityLabelList;
      if (options.excludeUnlabeled !== undefined) body.excludeUnlabeled = options.excludeUnlabeled;
      return send(ctx, at(base, "POST", "/publish", writeInput(options, body)));
    },
  };

  const download = (options: ReadOptions = {}) => ctx.transport.stream(at(literal, "GET", "/download", readInput(options)));
  const upload = (body: UploadBody, options: UploadOptions = {}) =>
    send(
      ctx,
      at(literal, options.replace === true ? "PUT" : "POST", "/upload", {
        ...writeInput(options, body),
        contentType: "application/octet-stream",
      }),
    );
  const pdf = (options: ReadOptions = {}) => ctx.transport.stream(at(base, "GET", "/pdf", readInput(options)));

  switch (kind.name) {
    case "Document":
      return { ...handle, upload, download } as GroupHandle<GroupTypeName>;
    case "Email":
      return handle;
    case "Report":
      return { ...handle, upload, pdf } as GroupHandle<GroupTypeName>;
    case "Signature":
      return { ...handle, pdf, download, upload } as GroupHandle<GroupTypeName>;
    case "Adversary":
      return { ...handle, pdf, assets: adversaryAssets(ctx, literal) } as GroupHandle<GroupTypeName>;
    default:
      return { ...handle, pdf } as GroupHandle<GroupTypeName>;
  }
}

function adversaryAssets(ctx: Context, base: Base): AdversaryAssets {
  const typed = (type: AdversaryAssetType) => {
    if (!(type in ADVERSARY_ASSET_BRANCHES)) {
      const known = Object.keys(ADVERSARY_ASSET_BRANCHES).join(", ");
      fail("assetType", "adversary-asset-type", `Adversary asset type "${type}" is unknown; use one of ${known}.`);
    }
    return { params: { assetType: type }, key: ADVERSARY_ASSET_BRANCHES[type], field: FIELD[type] };
  };
  const one = (type: AdversaryAssetType, id: number | string) => ({ assetType: type, assetId: checkId("assetId", id) });
  const path = "/adversaryAssets/{assetType}/{assetId}";

  return {
    list: (options: ListOptions & { type?: AdversaryAssetType } = {}) => {
      if (options.type === undefined) {
        return readList<AdversaryAsset>(ctx, at(base, "GET", "/adversaryAssets", listInput(options)), "bucketAsset", options);
      }
      const t = typed(options.type);
      const request = at(base, "GET", "/adversaryAssets/{assetType}", { ...listInput(options), params: t.params });
      return readList<AdversaryAsset>(ctx, request, t.key, options);
    },
    get: (type, id, options = {}) =>
      readEntity<AdversaryAsset>(ctx, at(base, "GET", path, { ...readInput(options), params: one(type, id) }), typed(type).key),
    create: (type, value, options = {}) => {
      const t = typed(type);
      const input = { ...writeInput(options, { [t.field]: checkValue(t.field, value) }), params: t.params };
      return readEntity<AdversaryAsset>(ctx, at(base, "POST", "/adversaryAssets/{assetType}", input), t.key);
    },
    update: (type, id, value, options = {}) => {
      const t = typed(type);
      const input = { ...writeInput(options, { [t.field]: checkValue(t.field, value) }), params: one(type, id) };
      return readEntity<AdversaryAsset>(ctx, at(base, "PUT", path, input), t.key);
    },
    delete: (type, id, options = {}) => send(ctx, at(base, "DELETE", path, { ...writeInput(options), params: one(type, id) })),
  };
}

/** Each asset type has exactly one field, named after it (§10.4). */
const FIELD: Record<AdversaryAssetType, string> = { handles: "handle", phoneNumbers: "phoneNumber", urls: "url" };

function checkValue(field: string, value: string): string {
  if (typeof value !== "string" || value.trim() === "") fail(field, "required", `The adversary ${field} is empty; pass a value.`);
  return value;
}
