import {
  INDICATOR_TYPES, findIndicatorType, indicatorSummary, normalizeIndicatorSummary, summaryToFields,
  validateIndicatorSummary, validateIndicatorValues,
} from "@tcapi/model";
import type { IndicatorTypeInfo } from "@tcapi/model";
import { badRequest } from "../http/api-error.js";

export type { IndicatorTypeInfo };

/** The indicator type for a URL branch, entity or name; unknown → 404-free 400 naming the choices. */
export function indicatorTypeOrThrow(text: string): IndicatorTypeInfo {
  const info = findIndicatorType(text);
  if (!info) {
    const known = INDICATOR_TYPES.map((t) => t.apiBranch).join(", ");
    throw badRequest(`Unknown indicator type "${text}"; use one of ${known}`);
  }
  return info;
}

export function allIndicatorTypes(): readonly IndicatorTypeInfo[] {
  return INDICATOR_TYPES;
}

export function lookupIndicatorType(text: string): IndicatorTypeInfo | undefined {
  return findIndicatorType(text);
}

/** The server stores values of "upper"/"lower" types in that case (§10.1: ASN upper, CIDR lower). */
function withCasePreference(info: IndicatorTypeInfo, value: string): string {
  if (info.casePreference === "upper") return value.toUpperCase();
  if (info.casePreference === "lower") return value.toLowerCase();
  return value;
}

/** Validate body value fields; returns normalised fields and summary, or throws a 400 naming field and rule. */
export function checkedValues(info: IndicatorTypeInfo, body: Record<string, unknown>): { fields: Record<string, string>; summary: string } {
  const given: Record<string, unknown> = {};
  for (const key of info.valueFields) {
    const value = body[key];
    if (value !== undefined && value !== null && value !== "") given[key] = typeof value === "string" ? withCasePreference(info, value) : value;
  }
  const result = validateIndicatorValues(info, given);
  if (!result.ok) throw badRequest(result.problems.map((p) => p.message).join("; "));
  return { fields: result.value, summary: indicatorSummary(info, result.value) };
}

/**
 * Validate one summary string (batch input); throws a 400 naming the rule. The value is not
 * repaired first: the server refuses `HKLM\`, `AS 12345`, `::` blocks and the like (§13), so a
 * client must send the accepted spelling (`normalizeIndicatorSummary` in @tcapi/model makes it).
 */
export function checkedSummary(info: IndicatorTypeInfo, summary: string): { fields: Record<string, string>; summary: string } {
  const result = validateIndicatorSummary(info, withCasePreference(info, summary));
  if (!result.ok) throw badRequest(result.problems.map((p) => p.message).join("; "));
  return { fields: summaryToFields(info, result.value), summary: result.value };
}

/** Best-effort normalisation for lookups (a bad value simply finds nothing). */
export function normalizedForLookup(info: IndicatorTypeInfo, value: string): string {
  try {
    return normalizeIndicatorSummary(info, value);
  } catch {
    return value;
  }
}
