import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { VictimAsset } from "./entities.js";
import type { LinkListOptions } from "./group-links.js";
import type { ReadOptions } from "./list-options.js";
import { VICTIM_ASSET_BRANCHES, type VictimAssetType } from "./type-catalog.js";
import { checkId } from "./validate.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** The victim assets associated with an indicator, group or task (API reference §11.5). @public */
export interface VictimAssetLinks {
  list(options?: LinkListOptions<VictimAssetType>): AsyncIterable<VictimAsset>;
  get(type: VictimAssetType, id: number | string, options?: ReadOptions): Promise<VictimAsset>;
  remove(type: VictimAssetType, id: number | string, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function victimAssetLinks(ctx: Context, base: Base): VictimAssetLinks {
  return {
    list: (options = {}) => {
      if (options.type === undefined) {
        return readList<VictimAsset>(ctx, at(base, "GET", "/victimAssets", listInput(options)), "victimAsset", options);
      }
      const input = { ...listInput(options), params: { assetType: checkAssetType(options.type) } };
      return readList<VictimAsset>(ctx, at(base, "GET", "/victimAssets/{assetType}", input), VICTIM_ASSET_BRANCHES[options.type], options);
    },
    get: (type, id, options = {}) =>
      readEntity<VictimAsset>(
        ctx,
        at(base, "GET", "/victimAssets/{assetType}/{assetId}", { ...readInput(options), params: assetParams(type, id) }),
        VICTIM_ASSET_BRANCHES[type],
      ),
    remove: (type, id, options = {}) =>
      send(ctx, at(base, "DELETE", "/victimAssets/{assetType}/{assetId}", { ...writeInput(options), params: assetParams(type, id) })),
  };
}

/** The path parameters naming one victim asset, each checked. @internal */
export function assetParams(type: VictimAssetType, id: number | string): { assetType: VictimAssetType; assetId: number | string } {
  return { assetType: checkAssetType(type), assetId: checkId("assetId", id) };
}

/** @internal */
export function checkAssetType(type: string): VictimAssetType {
  if (!(type in VICTIM_ASSET_BRANCHES)) {
    fail("assetType", "victim-asset-type", `Victim asset type "${type}" is unknown; use one of ${Object.keys(VICTIM_ASSET_BRANCHES).join(", ")}.`);
  }
  return type as VictimAssetType;
}
