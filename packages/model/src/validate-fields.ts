/** Validation of the scalar fields around indicators and groups (reference §13, §11.15, §11.16). */

import { CUSTOM_METRIC_DATA_TYPES, CUSTOM_METRIC_INTERVALS, LIMITS, NOTIFICATION_PRIORITIES } from "./enumerations.js";
import { describeValue, quote } from "./validation-problem.js";
import type { ValidationProblem, Validated } from "./validation-problem.js";

function fail<T>(field: string, rule: string, message: string): Validated<T> {
  return { ok: false, problems: [{ field, rule, message }] };
}

const NUMERIC = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** Numbers, and numeric strings (the server's JSON binding accepts `"3"` for a number). */
function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string" && NUMERIC.test(value)) return Number(value);
  return undefined;
}

/**
 * `rating` 0–5. Decimals are accepted: responses carry `4.0`, `4.37`-style values and the reference
 * (§4.3) calls rating a decimal, although the batch table says integer.
 * @public
 */
export function validateRating(value: unknown, field = "rating"): Validated<number> {
  const n = toNumber(value);
  if (n === undefined || n < 0 || n > LIMITS.ratingMax) {
    return fail(field, "range", `${describeValue(value)} is not a valid ${field}: give a number from 0 to 5, e.g. 3 or 4.5`);
  }
  return { ok: true, value: n };
}

/** `confidence`: a whole number 0–100 (`85.0` counts as whole). @public */
export function validateConfidence(value: unknown, field = "confidence"): Validated<number> {
  const n = toNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > LIMITS.confidenceMax) {
    return fail(field, "range", `${describeValue(value)} is not a valid ${field}: give a whole number from 0 to 100, e.g. 85`);
  }
  return { ok: true, value: n };
}

/** Length in code points, as the server (Java) and [TCEX] (Python) count for these limits. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
  }
  return n;
}

function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/** A text field with 1..max characters, not only whitespace. */
function validateText(value: unknown, field: string, what: string, max: number): Validated<string> {
  if (value === undefined || value === null) {
    return fail(field, "required", `${what} is missing: give 1 to ${String(max)} characters`);
  }
  if (typeof value !== "string") {
    return fail(field, "type", `${what} must be a string, not ${describeValue(value)}`);
  }
  if (isBlank(value)) return fail(field, "required", `${what} is empty: give 1 to ${String(max)} characters`);
  const length = codePointLength(value);
  if (length > max) {
    return fail(field, "max-length", `${what} ${quote(value)} is ${String(length)} characters long: shorten it to at most ${String(max)}`);
  }
  return { ok: true, value };
}

/** Tag name: 1–128 characters (reference §11.10). @public */
export function validateTagName(value: unknown, field = "name"): Validated<string> {
  return validateText(value, field, "The tag name", LIMITS.tagName);
}

/** Group name: 1–100 characters (reference §13, [TCEX]). @public */
export function validateGroupName(value: unknown, field = "name"): Validated<string> {
  return validateText(value, field, "The group name", LIMITS.groupName);
}

/** Custom metric `name`: 1–45 characters. @public */
export function validateCustomMetricName(value: unknown, field = "name"): Validated<string> {
  return validateText(value, field, "The custom metric name", LIMITS.customMetricName);
}

/** Custom metric `description`: 1–500 characters. @public */
export function validateCustomMetricDescription(value: unknown, field = "description"): Validated<string> {
  return validateText(value, field, "The custom metric description", LIMITS.customMetricDescription);
}

function oneOf(value: unknown, field: string, allowed: readonly string[], ignoreCase = false): ValidationProblem | undefined {
  if (typeof value === "string") {
    const hit = ignoreCase ? allowed.some((a) => a.toLowerCase() === value.toLowerCase()) : allowed.includes(value);
    if (hit) return undefined;
  }
  return { field, rule: "enum", message: `${describeValue(value)} is not a valid ${field}: use one of ${allowed.join(", ")}` };
}

/** Checks a value against a list of allowed strings. @public */
export function validateEnum<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  options: { ignoreCase?: boolean } = {},
): Validated<T> {
  const problem = oneOf(value, field, allowed, options.ignoreCase === true);
  return problem === undefined ? { ok: true, value: value as T } : { ok: false, problems: [problem] };
}

/** Body of `POST /v2/customMetrics`. @public */
export interface CustomMetricConfigInput {
  name: string;
  dataType: string;
  interval: string;
  keyedValues?: boolean;
  description?: string;
}

function collect(problems: ValidationProblem[], result: Validated<unknown>): void {
  if (!result.ok) problems.push(...result.problems);
}

/** Validates a custom metric definition (reference §11.15). @public */
export function validateCustomMetricConfig(body: Readonly<Record<string, unknown>>): Validated<CustomMetricConfigInput> {
  const problems: ValidationProblem[] = [];
  collect(problems, validateCustomMetricName(body.name));
  const dataType = oneOf(body.dataType, "dataType", CUSTOM_METRIC_DATA_TYPES);
  if (dataType !== undefined) problems.push(dataType);
  const interval = oneOf(body.interval, "interval", CUSTOM_METRIC_INTERVALS);
  if (interval !== undefined) problems.push(interval);
  if (body.keyedValues !== undefined && typeof body.keyedValues !== "boolean") {
    problems.push({ field: "keyedValues", rule: "type", message: `keyedValues must be true or false, not ${describeValue(body.keyedValues)}` });
  }
  if (body.description !== undefined) collect(problems, validateCustomMetricDescription(body.description));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: body as unknown as CustomMetricConfigInput };
}

/** Body of `POST /v2/notifications`. @public */
export interface NotificationInput {
  message: string;
  notificationType: string;
  priority: string;
  recipients?: string;
  isOrganization?: boolean;
  ownerId?: number;
}

/** UTF-8 byte length without an encoder (the 64 KB limit is in bytes). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Validates a notification (reference §11.16). @public */
export function validateNotification(body: Readonly<Record<string, unknown>>): Validated<NotificationInput> {
  const problems: ValidationProblem[] = [];
  const { message, notificationType, priority, recipients, isOrganization, ownerId } = body;

  if (typeof message !== "string" || isBlank(message)) {
    problems.push({ field: "message", rule: "required", message: "The notification message is empty: give the text to send (Markdown allowed)" });
  } else if (utf8Length(message) > LIMITS.notificationMessageBytes) {
    problems.push({ field: "message", rule: "max-length", message: `The notification message is ${String(utf8Length(message))} bytes: shorten it to at most 64 KB (65536 bytes)` });
  }

  if (typeof notificationType !== "string" || isBlank(notificationType)) {
    problems.push({ field: "notificationType", rule: "required", message: 'The notificationType is empty: give a type name such as "API"' });
  } else if (codePointLength(notificationType) > LIMITS.notificationType) {
    problems.push({ field: "notificationType", rule: "max-length", message: `The notificationType ${quote(notificationType)} is too long: use at most 50 characters` });
  } else if (notificationType.toLowerCase() === "system") {
    problems.push({ field: "notificationType", rule: "reserved", message: `The notificationType ${quote(notificationType)} is reserved: choose another name` });
  }

  const badPriority = oneOf(priority, "priority", NOTIFICATION_PRIORITIES, true);
  if (badPriority !== undefined) problems.push(badPriority);

  if (isOrganization !== undefined && typeof isOrganization !== "boolean") {
    problems.push({ field: "isOrganization", rule: "type", message: `isOrganization must be true or false, not ${describeValue(isOrganization)}` });
  }
  if (ownerId !== undefined && !(typeof ownerId === "number" && Number.isInteger(ownerId))) {
    problems.push({ field: "ownerId", rule: "type", message: `ownerId must be a whole number, not ${describeValue(ownerId)}` });
  }
  const hasRecipients = typeof recipients === "string" && !isBlank(recipients);
  if (!hasRecipients && ownerId === undefined && isOrganization !== true) {
    problems.push({ field: "recipients", rule: "required", message: 'The notification has no recipients: give "recipients" (comma-separated user names), "ownerId", or isOrganization: true' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: body as unknown as NotificationInput };
}
