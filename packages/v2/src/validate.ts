import {
  findIndicatorType,
  normalizeIndicatorSummary,
  validateConfidence,
  validateGroupName,
  validateIndicatorSummary,
  validateIndicatorValues,
  validateRating,
  validateTagName,
  type Validated,
} from "@tcapi/model";
import { resolveIndicatorType, type IndicatorTypeInput } from "./indicator-kind.js";
import { TcValidationError, fail, type Problem } from "./validation-error.js";

/** Returns the value of a successful result or throws its problems. @internal */
export function unwrap<T>(result: Validated<T>): T {
  if (result.ok) return result.value;
  throw new TcValidationError(result.problems);
}

/**
 * Checks one indicator value as written in a path or batch file (`"example.com"`,
 * `"ASN12345"`, one hash of a file, `"md5 : sha1"`), with the rules the server applies
 * (API reference §13). Returns the problems instead of throwing.
 * @public
 */
export function validateIndicator(type: IndicatorTypeInput, value: string): Validated<string> {
  const kind = resolveIndicatorType(type);
  return validateIndicatorSummary(kind.name, value);
}

/**
 * Fixes what can be fixed in an indicator value: IDN hosts to Punycode, URL hosts to lower
 * case, `HKLM\` to `HKEY_LOCAL_MACHINE\`, IPv6 CIDR hextets, ASN case. Validate afterwards:
 * some values cannot be repaired.
 * @public
 */
export function normalizeIndicator(type: IndicatorTypeInput, value: string): string {
  const kind = resolveIndicatorType(type);
  return normalizeIndicatorSummary(kind.name, value);
}

/** Throws a {@link TcValidationError} unless the value is valid for the type. @internal */
export function checkIndicatorValue(type: IndicatorTypeInput, value: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail("indicator", "required", "The indicator value is empty; pass the value, e.g. \"example.com\".");
  }
  const kind = resolveIndicatorType(type);

  // Custom types defined on the instance have rules the model cannot know.
  if (findIndicatorType(kind.name) === undefined) return value;
  const checked = unwrap(validateIndicatorSummary(kind.name, value));

  // A file's path segment is one hash; lists give the summary "md5 : sha1 : sha256" (§11.3).
  if (kind.name !== "File") return checked;
  return checked.split(":").map((hash) => hash.trim()).find((hash) => hash !== "") ?? checked;
}

/** Checks the identifying fields of a create body, e.g. `{ hostName }` (§11.3). @internal */
export function checkIndicatorFields(type: IndicatorTypeInput, fields: Record<string, unknown>): void {
  const kind = resolveIndicatorType(type);
  if (findIndicatorType(kind.name) === undefined) return;
  unwrap(validateIndicatorValues(kind.name, fields));
  checkPrivateFlag(kind.name, fields);
}

/** Only Address, EmailAddress, File, Host and URL indicators can be private (§13). @internal */
export function checkPrivateFlag(type: string, body: Record<string, unknown>): void {
  const info = findIndicatorType(type);
  if (body.privateFlag === undefined || body.privateFlag === false || info === undefined || info.privateAllowed) return;
  fail(
    "privateFlag",
    "private-type",
    `privateFlag cannot be set on ${type} indicators; only Address, EmailAddress, File, Host and URL indicators can be private. Remove it.`,
  );
}

/** A request body must be an object such as `{ hostName: "example.com" }`. @internal */
export function checkBody<T>(body: T): NonNullable<T> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    const shown = body === undefined ? "undefined" : JSON.stringify(body);
    fail("body", "type", `The request body must be an object such as { hostName: "example.com" }, not ${shown}.`);
  }
  return body;
}

/** Checks `rating`, `confidence` and `name`-like fields shared by writes. @internal */
export function checkCommonFields(body: Record<string, unknown>): void {
  const problems: Problem[] = [];
  const collect = (result: Validated<unknown>): void => {
    if (!result.ok) problems.push(...result.problems);
  };

  if (body.rating !== undefined) collect(validateRating(body.rating));
  if (body.confidence !== undefined) collect(validateConfidence(body.confidence));
  if (problems.length > 0) throw new TcValidationError(problems);
}

/** Checks a tag name (≤ 128 characters, §11.10). @internal */
export function checkTagName(name: string): string {
  return unwrap(validateTagName(name));
}

/** Checks a group name (≤ 100 characters, §13). @internal */
export function checkGroupName(name: unknown): void {
  unwrap(validateGroupName(name));
}

/** Checks a numeric id (or an XID where the API allows one). @internal */
export function checkId(field: string, id: number | string): number | string {
  const ok = typeof id === "number" ? Number.isInteger(id) && id >= 0 : typeof id === "string" && id.trim() !== "";
  if (!ok) fail(field, "id", `${field} ${JSON.stringify(id)} is not an id; pass a whole number such as 12345.`);
  return id;
}
