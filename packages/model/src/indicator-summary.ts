/** Conversions between an indicator's summary string and its typed body fields (reference §10.1). */

import { classifyFileHash } from "./file-hashes.js";
import type { IndicatorTypeInfo } from "./indicator-types.js";
import { resolveIndicatorType } from "./resolve-indicator-type.js";

/** Multi-value summaries join their values with space-colon-space. @public */
export const SUMMARY_SEPARATOR = " : ";

/**
 * The summary of an indicator given its body fields: the single value, or the values joined with
 * `" : "` in type order. File summaries list only the hashes present (`"md5 : sha256"`).
 * Throws a TypeError for an unknown type name.
 * @public
 */
export function indicatorSummary(type: IndicatorTypeInfo | string, fields: Readonly<Record<string, unknown>>): string {
  const info = resolveIndicatorType(type);
  const [only] = info.valueFields;
  if (info.valueFields.length === 1 && only !== undefined) return asText(fields[only]);

  const parts: string[] = [];
  for (const key of info.valueFields) {
    const value = asText(fields[key]);
    if (info.partialValues && value === "") continue;
    parts.push(value);
  }
  return parts.join(SUMMARY_SEPARATOR);
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * Splits a multi-value summary into exactly `count` parts: the first `count - 1` separators split,
 * except the last part is taken after the LAST separator, so a middle value (a registry Value
 * Name) may itself contain `" : "`.
 */
export function splitSummary(summary: string, count: number): string[] {
  if (count <= 1) return [summary];
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < count - 2; i++) {
    const at = summary.indexOf(SUMMARY_SEPARATOR, start);
    if (at < 0) break;
    parts.push(summary.slice(start, at));
    start = at + SUMMARY_SEPARATOR.length;
  }
  const last = summary.lastIndexOf(SUMMARY_SEPARATOR);
  if (last >= start) {
    parts.push(summary.slice(start, last), summary.slice(last + SUMMARY_SEPARATOR.length));
  } else {
    parts.push(summary.slice(start));
  }
  return parts;
}

/**
 * The body fields of an indicator given its summary (inverse of {@link indicatorSummary}).
 * File summaries may list 1–3 hashes in any order; each is assigned by its length (32 → md5,
 * 40 → sha1, 64 → sha256). A part that is no hash, or a second hash of one kind, goes to the
 * first free hash field, so validating the result reports it. Validate the summary first when
 * the input is untrusted. Throws a TypeError for an unknown type name.
 * @public
 */
export function summaryToFields(type: IndicatorTypeInfo | string, summary: string): Record<string, string> {
  const info = resolveIndicatorType(type);
  const fields: Record<string, string> = {};
  if (info.name === "File" && !info.custom) {
    const unplaced: string[] = [];
    for (const part of summary.split(SUMMARY_SEPARATOR)) {
      const kind = classifyFileHash(part);
      if (kind !== undefined && fields[kind] === undefined) fields[kind] = part;
      else unplaced.push(part);
    }
    for (const part of unplaced) {
      const free = info.valueFields.find((key) => fields[key] === undefined);
      if (free !== undefined) fields[free] = part;
    }
    return fields;
  }

  const parts = splitSummary(summary, info.valueFields.length);
  info.valueFields.forEach((key, i) => {
    const part = parts[i];
    if (part !== undefined) fields[key] = part;
  });
  return fields;
}
