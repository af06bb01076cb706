/** Validation of V2 batch input objects (reference §12.3), item by item. */

import type { BatchGroup, BatchIndicator } from "./entities/batch.js";
import type { IndicatorTypeInfo } from "./indicator-types.js";
import { INDICATOR_TYPES, findIndicatorType } from "./indicator-types.js";
import { validateIndicatorSummary, validateIndicatorValues } from "./validate-indicator.js";
import { validateConfidence, validateRating, validateTagName } from "./validate-fields.js";
import { validateGroupFields } from "./validate-group.js";
import { describeValue } from "./validation-problem.js";
import type { ValidationProblem, Validated } from "./validation-problem.js";

/** Options for batch validation. @public */
export interface BatchValidationOptions {
  /** Indicator types to accept (default: the built-ins); pass an instance's list to allow its custom types. */
  types?: readonly IndicatorTypeInfo[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function prefixed(prefix: string, problems: readonly ValidationProblem[]): ValidationProblem[] {
  return problems.map((p) => ({ ...p, field: `${prefix}${p.field}` }));
}

function requireText(problems: ValidationProblem[], item: Record<string, unknown>, key: string, path: string): void {
  const value = item[key];
  if (typeof value === "string" && value.trim() !== "") return;
  const what = value === undefined ? "is missing" : `must be a non-empty string, not ${describeValue(value)}`;
  problems.push({ field: `${path}${key}`, rule: value === undefined ? "required" : "type", message: `${path}${key} ${what}` });
}

/** Checks `list` is an array of objects and runs `each` on every element. */
function eachObject(
  problems: ValidationProblem[],
  list: unknown,
  path: string,
  each: (item: Record<string, unknown>, path: string) => void,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    problems.push({ field: path, rule: "type", message: `${path} must be an array, not ${describeValue(list)}` });
    return;
  }
  list.forEach((item, i) => {
    const at = `${path}[${String(i)}]`;
    if (isRecord(item)) each(item, `${at}.`);
    else problems.push({ field: at, rule: "type", message: `${at} must be an object, not ${describeValue(item)}` });
  });
}

/** tag[], attribute[] and securityLabel[] rules shared by indicators and groups. */
function checkMetadata(problems: ValidationProblem[], item: Record<string, unknown>): void {
  eachObject(problems, item.tag, "tag", (tag, path) => {
    const name = validateTagName(tag.name);
    if (!name.ok) problems.push(...prefixed(path, name.problems));
  });
  eachObject(problems, item.attribute, "attribute", (attribute, path) => {
    requireText(problems, attribute, "type", path);
    requireText(problems, attribute, "value", path);
    eachObject(problems, attribute.securityLabel, `${path}securityLabel`, (label, labelPath) => {
      requireText(problems, label, "name", labelPath);
    });
  });
  eachObject(problems, item.securityLabel, "securityLabel", (label, path) => {
    requireText(problems, label, "name", path);
  });
}

function checkIndicatorRefs(
  problems: ValidationProblem[],
  list: unknown,
  types: readonly IndicatorTypeInfo[] | undefined,
): void {
  eachObject(problems, list, "associatedIndicators", (ref, path) => {
    requireText(problems, ref, "indicatorType", path);
    requireText(problems, ref, "summary", path);
    if (typeof ref.indicatorType !== "string" || typeof ref.summary !== "string") return;
    const type = findIndicatorType(ref.indicatorType, types);
    const result = type === undefined ? validateIndicatorSummary(ref.indicatorType, ref.summary) : validateIndicatorSummary(type, ref.summary);
    if (!result.ok) problems.push(...prefixed(path, result.problems));
  });
}

function unknownType(value: unknown, types: readonly IndicatorTypeInfo[]): ValidationProblem {
  return {
    field: "type",
    rule: "unknown-type",
    message: `${describeValue(value)} is not a known indicator type: use one of ${types.map((t) => t.name).join(", ")}`,
  };
}

/**
 * Validates one V2 batch indicator: a known `type`; the type's value fields, or else `summary`
 * (for files any hash field makes `summary` ignored); `rating` 0–5; `confidence` 0–100; tags,
 * attributes, security labels, `associatedGroups` and `associatedIndicators`. Problem fields are
 * paths such as `"tag[2].name"`.
 * @public
 */
export function validateBatchIndicator(item: unknown, options: BatchValidationOptions = {}): Validated<BatchIndicator> {
  if (!isRecord(item)) {
    return { ok: false, problems: [{ field: "", rule: "type", message: `A batch indicator must be an object, not ${describeValue(item)}` }] };
  }

  const problems: ValidationProblem[] = [];
  const type = typeof item.type === "string" ? findIndicatorType(item.type, options.types) : undefined;
  if (type === undefined) {
    problems.push(unknownType(item.type, options.types ?? INDICATOR_TYPES));
  } else {
    const hasValues = type.valueFields.some((key) => item[key] !== undefined && item[key] !== "");
    if (hasValues) {
      const values = validateIndicatorValues(type, item);
      if (!values.ok) problems.push(...values.problems);
    } else if (item.summary === undefined) {
      const keys = type.valueFields.map((k) => JSON.stringify(k)).join(", ");
      problems.push({ field: "summary", rule: "required", message: `A batch ${type.name} needs "summary" or its value field(s) ${keys}` });
    } else if (typeof item.summary !== "string") {
      problems.push({ field: "summary", rule: "type", message: `summary must be a string, not ${describeValue(item.summary)}` });
    } else {
      const summary = validateIndicatorSummary(type, item.summary);
      if (!summary.ok) problems.push(...summary.problems);
    }
  }

  if (item.rating !== undefined) {
    const rating = validateRating(item.rating);
    if (!rating.ok) problems.push(...rating.problems);
  }
  if (item.confidence !== undefined) {
    const confidence = validateConfidence(item.confidence);
    if (!confidence.ok) problems.push(...confidence.problems);
  }
  checkMetadata(problems, item);
  eachObject(problems, item.associatedGroups, "associatedGroups", (ref, path) => {
    requireText(problems, ref, "groupXid", path);
  });
  checkIndicatorRefs(problems, item.associatedIndicators, options.types);

  return problems.length === 0 ? { ok: true, value: item as unknown as BatchIndicator } : { ok: false, problems };
}

/**
 * Validates one V2 batch group: `name`, `type`, `xid` and the type's batch-required fields
 * (see {@link validateGroupFields}), tags, attributes, security labels, `associatedGroupXid`
 * and `associatedIndicators`.
 * @public
 */
export function validateBatchGroup(item: unknown, options: BatchValidationOptions = {}): Validated<BatchGroup> {
  if (!isRecord(item)) {
    return { ok: false, problems: [{ field: "", rule: "type", message: `A batch group must be an object, not ${describeValue(item)}` }] };
  }

  const problems: ValidationProblem[] = [];
  const fields = validateGroupFields(typeof item.type === "string" ? item.type : describeValue(item.type), item, "batch");
  if (!fields.ok) problems.push(...fields.problems);
  checkMetadata(problems, item);

  const xids = item.associatedGroupXid;
  if (xids !== undefined && !(Array.isArray(xids) && xids.every((x) => typeof x === "string" && x !== ""))) {
    problems.push({ field: "associatedGroupXid", rule: "type", message: "associatedGroupXid must be an array of XID strings" });
  }
  checkIndicatorRefs(problems, item.associatedIndicators, options.types);

  return problems.length === 0 ? { ok: true, value: item as unknown as BatchGroup } : { ok: false, problems };
}
