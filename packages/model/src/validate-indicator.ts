/** Validation of indicator values, as body fields or as a summary (reference §13). */

import { isValidEmailAddress } from "./email-address.js";
import type { FileHashField } from "./file-hashes.js";
import { FILE_HASH_NAMES, classifyFileHash } from "./file-hashes.js";
import { isValidHostName } from "./host-name.js";
import { SUMMARY_SEPARATOR, splitSummary, summaryToFields } from "./indicator-summary.js";
import type { IndicatorTypeInfo } from "./indicator-types.js";
import {
  checkAddress,
  checkAsn,
  checkCidr,
  checkEmailAddress,
  checkFileHash,
  checkHostName,
  checkNonEmpty,
  checkRegistryKeyName,
  checkRegistryValueName,
  checkRegistryValueType,
  checkUrl,
} from "./indicator-value-checks.js";
import { isIPAddress } from "./ip-address.js";
import { normalizeIndicatorSummary } from "./normalize-indicator.js";
import { lookupIndicatorType, unknownIndicatorTypeMessage } from "./resolve-indicator-type.js";
import { describeValue, quote } from "./validation-problem.js";
import type { ValidationProblem, Validated } from "./validation-problem.js";
import { capitalise, withArticle } from "./with-article.js";

type Check = (value: string, field: string) => ValidationProblem | undefined;

/** The check of a built-in type whose one value has a rule of its own, by type name. */
function singleValueCheck(name: string): Check | undefined {
  switch (name) {
    case "Address":
      return checkAddress;
    case "EmailAddress":
      return checkEmailAddress;
    case "Host":
      return checkHostName;
    case "URL":
      return checkUrl;
    case "ASN":
      return checkAsn;
    case "CIDR":
      return checkCidr;
  }
  return undefined;
}

/** The check for one value of a type; built-in semantics apply by type name. */
function checkFor(type: IndicatorTypeInfo, key: string): Check {
  const single = singleValueCheck(type.name);
  if (single !== undefined) return single;

  switch (type.name) {
    case "Registry Key":
      if (key === "Key Name") return checkRegistryKeyName;
      if (key === "Value Name") return checkRegistryValueName;
      if (key === "Value Type") return checkRegistryValueType;
      break;
    case "File":
      if (key === "md5" || key === "sha1" || key === "sha256") return (value) => checkFileHash(value, key);
      break;
  }
  return (value, field) => checkNonEmpty(value, field, type.name);
}

/** Checks of custom single-value types, cached so hot loops do not rebuild the closure. */
const CUSTOM_CHECKS = new WeakMap<IndicatorTypeInfo, Check>();

function singleCheck(type: IndicatorTypeInfo): Check | undefined {
  if (type.valueFields.length !== 1) return undefined;
  const single = singleValueCheck(type.name);
  if (single !== undefined) return single;

  let check = CUSTOM_CHECKS.get(type);
  if (check === undefined) {
    check = checkFor(type, type.valueFields[0] ?? "");
    CUSTOM_CHECKS.set(type, check);
  }
  return check;
}

const ASN_PATTERN = /^ASN\d+$/;

/** Yes/no predicates that never build a problem, for the commonest types. */
function singlePredicate(type: IndicatorTypeInfo): ((s: string) => boolean) | undefined {
  switch (type.name) {
    case "Address":
      return isIPAddress;
    case "Host":
      return isValidHostName;
    case "EmailAddress":
      return isValidEmailAddress;
    case "ASN":
      return (s) => ASN_PATTERN.test(s);
  }
  return undefined;
}

function unknownType(type: string): ValidationProblem {
  return { field: "type", rule: "unknown-type", message: unknownIndicatorTypeMessage(type) };
}

function missing(type: IndicatorTypeInfo, key: string): ValidationProblem {
  const how = type.name === "Registry Key" && key === "Value Name" ? ' (a single space " " means none)' : "";
  return { field: key, rule: "required", message: `${capitalise(withArticle(type.name))} indicator needs ${quote(key)}${how}: add it to the request` };
}

function notText(key: string, value: unknown): ValidationProblem {
  return { field: key, rule: "type", message: `${quote(key)} must be a string, not ${describeValue(value)}` };
}

/**
 * Validates the identifying value(s) of an indicator given as body fields, e.g.
 * `("Host", { hostName: "example.com" })` or `("File", { md5, sha256 })`. Other keys are ignored.
 * On success `value` holds the value fields that were given, as strings.
 * @public
 */
export function validateIndicatorValues(
  type: IndicatorTypeInfo | string,
  fields: Readonly<Record<string, unknown>>,
): Validated<Record<string, string>> {
  const info = lookupIndicatorType(type);
  if (info === undefined) return { ok: false, problems: [unknownType(type as string)] };

  const problems: ValidationProblem[] = [];
  const value: Record<string, string> = {};
  for (const key of info.valueFields) {
    const raw = fields[key];
    if (raw === undefined || raw === null || (info.partialValues && raw === "")) {
      if (!info.partialValues) problems.push(missing(info, key));
      continue;
    }
    if (typeof raw !== "string") {
      problems.push(notText(key, raw));
      continue;
    }
    value[key] = raw;
    const problem = checkFor(info, key)(raw, key);
    if (problem !== undefined) problems.push(problem);
  }

  if (info.partialValues && Object.keys(value).length === 0 && problems.length === 0) {
    problems.push(noValues(info));
  }
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

function noValues(type: IndicatorTypeInfo): ValidationProblem {
  const keys = type.valueFields.map((k) => quote(k)).join(", ");
  const message =
    type.name === "File"
      ? 'A File indicator needs at least one hash: give "md5" (32 hex digits), "sha1" (40) or "sha256" (64)'
      : `${capitalise(withArticle(type.name))} indicator needs at least one value: give one of ${keys}`;
  return { field: type.valueFields[0] ?? "summary", rule: "required", message };
}

/**
 * Validates one summary string, the form used in batch files, URL paths and list responses, e.g.
 * `("CIDR", "10.0.0.0/8")`, `("File", "md5 : sha256")`, `("Registry Key", "HKEY_… : name : REG_SZ")`.
 * @public
 */
export function validateIndicatorSummary(type: IndicatorTypeInfo | string, summary: string): Validated<string> {
  const info = lookupIndicatorType(type);
  if (info === undefined) return { ok: false, problems: [unknownType(type as string)] };
  if (typeof summary !== "string") {
    return { ok: false, problems: [notText("summary", summary)] };
  }

  const check = singleCheck(info);
  if (check !== undefined) {
    const problem = check(summary, "summary");
    return problem === undefined ? { ok: true, value: summary } : { ok: false, problems: [problem] };
  }

  const problems = info.name === "File" && !info.custom ? fileSummaryProblems(summary) : multiValueProblems(info, summary);
  if (problems.length === 0) return { ok: true, value: summary };
  return { ok: false, problems: withRepairHint(info, summary, problems) };
}

/**
 * Whether a summary is valid; no problem objects are built for the common single-value types,
 * so this is the call for hot loops.
 * @public
 */
export function isValidIndicatorSummary(type: IndicatorTypeInfo | string, summary: string): boolean {
  const info = lookupIndicatorType(type);
  if (info === undefined || typeof summary !== "string") return false;
  const predicate = info.valueFields.length === 1 ? singlePredicate(info) : undefined;
  if (predicate !== undefined) return predicate(summary);
  const check = singleCheck(info);
  if (check !== undefined) return check(summary, "summary") === undefined;
  return validateIndicatorSummary(info, summary).ok;
}

/** Appends the repaired summary to the first message when normalisation would make it valid. */
function withRepairHint(info: IndicatorTypeInfo, summary: string, problems: ValidationProblem[]): ValidationProblem[] {
  const fixed = normalizeIndicatorSummary(info, summary);
  if (fixed === summary || problems[0] === undefined) return problems;
  if (info.name !== "File" && problems.some((p) => p.message.includes(quote(fixed)))) return problems;
  if (!isValidIndicatorSummary(info, fixed)) return problems;
  const [first, ...rest] = problems;
  return [{ ...first, message: `${first.message} (repaired: ${quote(fixed)})` }, ...rest];
}

function fileSummaryProblems(summary: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const parts = summary.split(SUMMARY_SEPARATOR);
  if (parts.length > 3) {
    problems.push({
      field: "summary",
      rule: "file-summary",
      message: `${quote(summary)} is not a valid File summary: give at most three hashes (MD5, SHA-1, SHA-256) joined with " : "`,
    });
    return problems;
  }

  const seen = new Set<FileHashField>();
  for (const part of parts) {
    const kind = classifyFileHash(part);
    if (kind === undefined) {
      problems.push({
        field: "summary",
        rule: "file-hash",
        message: `${quote(part)} is not a valid file hash: write an MD5 (32), SHA-1 (40) or SHA-256 (64) hex hash, several joined with " : "`,
      });
    } else if (seen.has(kind)) {
      problems.push({
        field: "summary",
        rule: "file-hash-duplicate",
        message: `${quote(summary)} is not a valid File summary: it has more than one ${FILE_HASH_NAMES[kind]} hash; give each kind at most once`,
      });
    } else {
      seen.add(kind);
    }
  }
  return problems;
}

function multiValueProblems(info: IndicatorTypeInfo, summary: string): ValidationProblem[] {
  const count = info.valueFields.length;
  if (splitSummary(summary, count).length !== count) {
    const shape = info.valueFields.join(SUMMARY_SEPARATOR);
    // " : : " reads as an empty middle value, but its separators overlap; an empty
    // value keeps a space of its own (a registry key without Value Name sends " ").
    const padded = summary.replaceAll(" : : ", " :   : ");
    const hint = padded !== summary && splitSummary(padded, count).length === count
      ? `; an empty value is written as a single space, e.g. ${quote(padded)}`
      : "";
    return [
      {
        field: "summary",
        rule: "summary-parts",
        message: `${quote(summary)} is not a valid ${info.name} summary: write ${quote(shape)} (${String(count)} values joined with " : ")${hint}`,
      },
    ];
  }
  const result = validateIndicatorValues(info, summaryToFields(info, summary));
  return result.ok ? [] : result.problems;
}
