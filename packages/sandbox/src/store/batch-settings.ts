import { ApiError, badRequest } from "../http/api-error.js";
import type { BatchSettings } from "./batch-job.js";
import { findOwnerByName } from "./owners.js";
import type { Store } from "./store.js";

function pick<T extends string>(body: Record<string, unknown>, field: string, allowed: readonly T[], fallback?: T): T {
  const value = body[field];
  if (value === undefined || value === null) {
    if (fallback !== undefined) return fallback;
    throw badRequest(`The ${field} field is required: one of ${allowed.join(", ")}`);
  }
  const match = allowed.find((a) => typeof value === "string" && a.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw badRequest(`The ${field} field must be one of ${allowed.join(", ")}`);
  return match;
}

/** Validate the job body of POST /v2/batch (§12.2). */
export function readBatchSettings(store: Store, body: Record<string, unknown>): BatchSettings {
  const ownerName = body.owner;
  if (typeof ownerName !== "string" || ownerName === "") throw badRequest("The owner field is required (an owner name)");
  const owner = findOwnerByName(store, ownerName);
  if (!owner) throw new ApiError(403, "The requested owner was not found");

  const halt = body.haltOnError;
  // [TCEX] sends the strings "true"/"false".
  if (halt !== true && halt !== false && halt !== "true" && halt !== "false") throw badRequest("The haltOnError field is required: true or false");

  return {
    version: pick(body, "version", ["V1", "V2"], "V2"),
    ownerId: owner.id,
    haltOnError: halt === true || halt === "true",
    action: pick(body, "action", ["Create", "Delete"]),
    attributeWriteType: pick(body, "attributeWriteType", ["Append", "Replace", "Singleton", "Static"]),
    tagWriteType: pick(body, "tagWriteType", ["Append", "Replace"], "Replace"),
    securityLabelWriteType: pick(body, "securityLabelWriteType", ["Append", "Replace"], "Replace"),
  };
}
