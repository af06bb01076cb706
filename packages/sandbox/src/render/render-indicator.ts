import { lookupIndicatorType } from "../catalog/indicator-catalog.js";
import type { IndicatorRecord } from "../store/entities.js";
import { ownerName, ownerRef } from "../store/owners.js";
import type { Store } from "../store/store.js";
import { renderAttribute, renderTag } from "./render-meta.js";
import { indicatorLink } from "./web-link.js";

export interface IndicatorView {
  /** "typed" uses the type's value fields; "summary" uses `summary` + `type` (§4.3). */
  style: "typed" | "summary";
  /** Single items carry `owner{}`; list items `ownerName` unless details were asked for. */
  single: boolean;
  includeTags: boolean;
  includeAttributes: boolean;
  includeAdditional: boolean;
}

/** An indicator in the documented JSON shape (fixtures 003, 103–115, 148, 156–162). */
export function renderIndicator(store: Store, record: IndicatorRecord, view: IndicatorView): Record<string, unknown> {
  const info = lookupIndicatorType(record.type);
  const owner = ownerName(store, record.ownerId);
  // Typed lists with details show owner{} (fixture 003); untyped lists keep ownerName (fixture 100).
  const detailed = view.single || view.includeAdditional || (view.style === "typed" && (view.includeTags || view.includeAttributes));
  const out: Record<string, unknown> = { id: record.id };

  if (detailed) out.owner = ownerRef(store, record.ownerId);
  else out.ownerName = owner;
  if (view.style === "summary" || info?.custom === true) out.type = record.type;
  out.dateAdded = record.dateAdded;
  out.lastModified = record.lastModified;
  if (record.rating !== undefined) out.rating = record.rating;
  if (record.confidence !== undefined) out.confidence = record.confidence;
  out.threatAssessRating = record.rating ?? 0;
  out.threatAssessConfidence = record.confidence ?? 0;
  out.threatAssessScore = Math.round((record.rating ?? 0) * 100 + (record.confidence ?? 0));
  out.calScore = 0;
  out.calIndicatorStatus = record.active ? 1 : 0;
  out.webLink = indicatorLink(record.type, info?.apiEntity ?? "indicator", record.id, record.summary, owner, info?.custom ?? true);
  if (detailed && record.source !== undefined) out.source = record.source;
  if (record.description !== undefined) out.description = record.description;

  if (view.includeAdditional) addAdditional(out, record);
  if (view.includeAttributes) out.attribute = record.attributes.map((id) => store.attributes.get(id)).filter((a) => a !== undefined).map((a) => renderAttribute(a, false));
  if (view.includeTags) out.tag = [...record.tags].map((key) => store.tags.get(key)).filter((t) => t !== undefined).map((t) => renderTag(t, owner, true));

  if (view.style === "summary") out.summary = record.summary;
  else addValueFields(out, record);
  return out;
}

function addAdditional(out: Record<string, unknown>, record: IndicatorRecord): void {
  const observed = record.observations.reduce((sum, o) => sum + o.count, 0);
  out.observationCount = observed;
  const last = record.observations.at(-1);
  if (last) out.lastObserved = last.dateObserved;
  out.falsePositiveCount = record.falsePositives?.count ?? 0;
  if (record.falsePositives) out.falsePositiveLastReported = record.falsePositives.lastReported;
  out.privateFlag = record.privateFlag;
  out.active = record.active;
  out.activeLocked = record.activeLocked;
  out.communityOrSource = false;
  out.additionalOwners = [];
}

function addValueFields(out: Record<string, unknown>, record: IndicatorRecord): void {
  for (const [key, value] of Object.entries(record.fields)) out[key] = value;
  if (record.type === "Host") {
    out.dnsActive = String(record.dnsActive ?? false);
    out.whoisActive = String(record.whoisActive ?? false);
  }
  if (record.type === "File" && record.size !== undefined) out.size = record.size;
}
