import { isoSeconds } from "../http/request-context.js";
import type { BatchSettings } from "./batch-job.js";
import { applyBatchAssociation, applyBatchGroup, applyBatchIndicator, resolvePendingLinks } from "./batch-items.js";
import type { BatchRun } from "./batch-items.js";
import type { Store } from "./store.js";

/**
 * Load seed data given in the v2 batch JSON format into the organization, synchronously.
 * A bad item stops the start with an Error naming the item, so seeds are never half-loaded silently.
 */
export function loadSeedDocuments(store: Store, seed: unknown, now: () => number): void {
  const docs = Array.isArray(seed) && seed.every((d) => typeof d === "object" && d !== null && !Array.isArray(d)) ? seed : [seed];
  const settings: BatchSettings = {
    version: "V2", ownerId: store.organizationId, haltOnError: true, action: "Create",
    attributeWriteType: "Append", tagWriteType: "Append", securityLabelWriteType: "Append",
  };
  const run: BatchRun = { store, settings, at: isoSeconds(now()), pendingLinks: [] };

  for (const doc of docs) {
    if (typeof doc !== "object" || doc === null) {
      throw new TypeError(`seed must be a v2 batch document ({ indicator, group, association }), a V1 indicator array, or an array of documents; got ${doc === null ? "null" : typeof doc}`);
    }
    const d = Array.isArray(doc) ? { indicator: doc } : (doc as Record<string, unknown>);
    const each = (key: string, apply: (r: BatchRun, item: unknown) => void): void => {
      const items = d[key];
      if (items === undefined) return;
      if (!Array.isArray(items)) throw new TypeError(`seed: "${key}" must be an array`);
      items.forEach((item, i) => {
        try {
          apply(run, item);
        } catch (error) {
          throw new TypeError(`seed: ${key}[${i}] was rejected: ${error instanceof Error ? error.message : "invalid"}`);
        }
      });
    };
    each("group", applyBatchGroup);
    each("indicator", applyBatchIndicator);
    const unresolved = resolvePendingLinks(run);
    if (unresolved.length > 0) throw new TypeError(`seed: ${unresolved.length} associatedGroups/associatedIndicators entries name an xid or indicator that is not in the seed (${unresolved[0] ?? ""})`);
    each("association", applyBatchAssociation);
  }
}
