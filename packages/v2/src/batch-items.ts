import type { BatchAssociation } from "@tcapi/model";
import { fail } from "./validation-error.js";

/** An indicator of a V2 batch document (API reference §12.3). @public */
export interface BatchIndicator {
  /** Indicator type name, e.g. `"Host"`. */
  type: string;
  /** The value, or `md5 : sha1 : sha256` for files; or give the type's value fields instead. */
  summary?: string;
  rating?: number;
  confidence?: number;
  description?: string;
  source?: string;
  active?: boolean;
  activeLocked?: boolean;
  privateFlag?: boolean;
  size?: number;
  fileOccurrence?: { date?: string; fileName?: string; path?: string };
  firstSeen?: string;
  lastSeen?: string;
  externalDateAdded?: string;
  externalDateExpires?: string;
  externalLastModified?: string;
  attribute?: { type: string; value: string; displayed?: boolean; pinned?: boolean; source?: string; securityLabel?: { name: string }[] }[];
  tag?: { name: string }[];
  securityLabel?: { name: string; color?: string; description?: string }[];
  associatedGroups?: { groupXid: string }[];
  associatedIndicators?: { indicatorType: string; summary: string }[];
  /** Type value fields such as `hostName`, `ip`, `md5`, `"AS Number"`. */
  [valueField: string]: unknown;
}

/** A group of a V2 batch document (§12.3). @public */
export interface BatchGroup {
  /** Group type name, e.g. `"Incident"`. */
  type: string;
  name: string;
  /** Unique external id; associations refer to it. */
  xid: string;
  attribute?: BatchIndicator["attribute"];
  tag?: { name: string }[];
  securityLabel?: BatchIndicator["securityLabel"];
  associatedGroupXid?: string[];
  associatedIndicators?: { indicatorType: string; summary: string }[];
  [field: string]: unknown;
}

// An association has the same shape here as in the model's batch document, so that one type serves.
export type { BatchAssociation } from "@tcapi/model";

/** Anything a V2 batch document holds. @public */
export type BatchItem = BatchIndicator | BatchGroup | BatchAssociation;

/** A synchronous or asynchronous sequence, e.g. an array or an async generator. @public */
export type ItemSource<T> = Iterable<T> | AsyncIterable<T>;

/** A V2 document whose sections may each be streamed. @public */
export interface BatchDocumentInput {
  indicator?: ItemSource<BatchIndicator>;
  group?: ItemSource<BatchGroup>;
  association?: ItemSource<BatchAssociation>;
}

/** What `batch.import` accepts: a stream of items (sorted by their shape) or a V2 document. @public */
export type BatchInput = ItemSource<BatchItem> | BatchDocumentInput;

/** The section of the document an item belongs in. @internal */
export type Section = "indicator" | "group" | "association";

/** Yields `[section, item]` pairs from any accepted input, never materialising it. @internal */
export async function* sectionItems(
  input: BatchInput,
  isGroupType: (type: string) => boolean,
): AsyncGenerator<[Section, BatchItem]> {
  // A string is iterable too, but only character by character: a JSON file must be parsed first.
  const given: unknown = input;
  if (typeof given !== "object" || given === null) {
    fail(
      "input",
      "type",
      `batch.import takes an array or (async) iterable of items, or a V2 document { indicator, group, association }, not ${typeof given === "string" ? "a string (JSON.parse a file's text first)" : String(given)}.`,
    );
  }
  if (isSource(input)) {
    for await (const item of input) yield [sectionOf(item, isGroupType), item];
    return;
  }
  const document = input;
  for (const section of ["indicator", "group", "association"] as const) {
    const source = document[section];
    if (source === undefined) continue;
    for await (const item of source) yield [section, item];
  }
}

function isSource(input: BatchInput): input is ItemSource<BatchItem> {
  return Symbol.iterator in input || Symbol.asyncIterator in input;
}

function sectionOf(item: BatchItem, isGroupType: (type: string) => boolean): Section {
  // Not an object: the indicator check reports it as an error of its own.
  if (typeof item !== "object" || (item as unknown) === null) return "indicator";
  if ("ref_1" in item || "id_1" in item) return "association";
  const type = (item as { type?: unknown }).type;
  return typeof type === "string" && isGroupType(type) ? "group" : "indicator";
}
