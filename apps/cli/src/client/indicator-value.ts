import {
  normalizeIndicatorSummary,
  summaryToFields,
  validateIndicatorSummary,
  type IndicatorTypeInfo,
} from "@tcapi/model";
import { UsageError } from "../errors/cli-error.js";

/**
 * Normalises (IDN → punycode, ...) and validates an indicator value with the same rules
 * as the server (API reference §13); a problem becomes a usage error naming the fix.
 */
export function checkIndicatorValue(type: IndicatorTypeInfo, value: string): string {
  const normalized = normalizeIndicatorSummary(type, value);
  const result = validateIndicatorSummary(type, normalized);
  if (!result.ok) {
    const problems = result.problems.map((problem) => problem.message).join("; ");
    throw new UsageError(`The ${type.name} value "${value}" is not valid: ${problems.replace(/\.?$/, ".")}`);
  }
  return result.value;
}

/** The body fields of an indicator value, e.g. { hostName } or { md5, sha1 } (API reference §11.3). */
export function valueFields(type: IndicatorTypeInfo, value: string): Record<string, string> {
  return summaryToFields(type, value);
}

/** A row's indicator value for display: `summary`, or the type's value fields joined. */
export function displayValue(row: Record<string, unknown>, type?: IndicatorTypeInfo): unknown {
  if (row.summary !== undefined) return row.summary;
  const fields = type?.valueFields ?? ["ip", "hostName", "address", "text", "md5", "sha1", "sha256"];
  const present = fields.map((key) => row[key]).filter((cell) => typeof cell === "string" && cell !== "");
  return present.join(" : ");
}
