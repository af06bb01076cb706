import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";
import { badRequest } from "../http/api-error.js";
import type { ApiError } from "../http/api-error.js";
import type { IndicatorRecord } from "./entities.js";
import { valueKey } from "./indicator-keys.js";
import { conflictingIndicator, rekeyIndicator } from "./indicators.js";
import type { Store } from "./store.js";

const HASHES = [["md5", "MD5"], ["sha1", "SHA-1"], ["sha256", "SHA-256"]] as const;

/** The server's refusal when a hash already belongs to another File (§9, §13). */
function hashTaken(label: string): ApiError {
  return badRequest(`The ${label} for this File is invalid, a File with this ${label} already exists`);
}

/**
 * The stored indicator a create or batch write lands on. For a File every given hash is looked
 * up: hashes of two different Files, or a hash that differs from the one the found File already
 * has, are refused, because merging them would silently re-point or drop a hash.
 */
export function existingForWrite(store: Store, ownerId: number, info: IndicatorTypeInfo, summary: string, fields: Record<string, string>): IndicatorRecord | undefined {
  if (info.name !== "File") return conflictingIndicator(store, ownerId, info, summary, fields);

  let found: IndicatorRecord | undefined;
  for (const [key, label] of HASHES) {
    const value = fields[key];
    const id = value === undefined || value === "" ? undefined : store.indicatorKeys.get(valueKey(ownerId, info, value));
    if (id === undefined) continue;
    if (found !== undefined && found.id !== id) throw hashTaken(label);
    found = store.indicators.get(id);
  }
  if (found === undefined) return undefined;

  for (const [key, label] of HASHES) {
    const value = fields[key] ?? "";
    const stored = found.fields[key] ?? "";
    if (value !== "" && stored !== "" && value.toLowerCase() !== stored.toLowerCase()) throw hashTaken(label);
  }
  return found;
}

/** Add the hashes a File did not have yet and index them (the found File keeps its id). */
export function mergeFileHashes(store: Store, existing: IndicatorRecord, fields: Record<string, string>): void {
  const merged = { ...existing.fields };
  for (const [key] of HASHES) {
    const value = fields[key] ?? "";
    if (value !== "" && (merged[key] ?? "") === "") merged[key] = value;
  }
  const summary = HASHES.map(([key]) => merged[key] ?? "").filter((v) => v !== "").join(" : ");
  rekeyIndicator(store, existing, merged, summary);
}
