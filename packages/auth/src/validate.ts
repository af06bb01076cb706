// Input checks shared by every exported function. Messages name the field and
// how to fix it, and never echo a value that might be a secret.

// RFC 9110 section 5.6.2 token characters: the only ones a method may contain.
const METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

// Anything fetch would have percent-encoded or dropped before sending:
// controls, space, non-ASCII and the fragment marker.
const NOT_ON_THE_WIRE = /[^\x21-\x7e]|#/;

const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

// Happy-path shapes, checked with one test each because signing sits on every
// request; the detailed checks below only run to explain a rejection.
const PLAIN_ACCESS_ID = /^[\x21-\x7e]+$/;
const NON_ASCII = /[\u0080-\uffff]/;
const PLAIN_TARGET = /^\/(?!\/)[\x21\x22\x24-\x7e]*$/;
const NOT_BLANK = /\S/;

function fail(message: string): never {
  throw new TypeError(`@tcapi/auth: ${message}`);
}

/** Access ids go into the Authorization header, so no whitespace or controls. */
export function assertAccessId(value: unknown, field = "accessId"): string {
  if (typeof value === "string" && PLAIN_ACCESS_ID.test(value)) {
    return value;
  }

  if (typeof value !== "string" || value.trim() === "") {
    fail(`${field} must be a non-empty string (the API user's Access ID)`);
  }

  if (WHITESPACE_OR_CONTROL.test(value)) {
    fail(`${field} must not contain whitespace or control characters`);
  }

  // Header values are bytes; fetch would send Latin-1 or refuse the header.
  if (NON_ASCII.test(value)) {
    fail(`${field} must be printable ASCII, as ThreatConnect Access IDs are`);
  }

  return value;
}

/** Checks a secret key without ever putting it into the message. */
export function assertSecretKey(value: unknown, field = "secretKey"): string {
  if (typeof value !== "string" || !NOT_BLANK.test(value)) {
    fail(`${field} must be a non-empty string (the API user's Secret Key)`);
  }

  return value;
}

/** Checks a token without ever putting it into the message. */
export function assertToken(value: unknown, field = "token"): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail(`${field} must be a non-empty string (the API token)`);
  }

  if (WHITESPACE_OR_CONTROL.test(value)) {
    fail(`${field} must not contain whitespace or control characters`);
  }

  return value;
}

/**
 * Returns the method in upper case, the form the signature uses (API reference
 * section 2.1) and the form every signed request must carry on the wire.
 */
export function normalizeMethod(value: unknown, field = "method"): string {
  if (value === "GET" || value === "POST" || value === "PUT" || value === "DELETE") {
    return value;
  }

  if (typeof value !== "string" || !METHOD_TOKEN.test(value)) {
    fail(`${field} must be an HTTP method token such as GET, POST, PUT or DELETE`);
  }

  return value.toUpperCase();
}

/** Unix epoch seconds: a non-negative whole number, as the Timestamp header. */
export function assertTimestamp(value: unknown, field = "timestamp"): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail(`${field} must be a non-negative whole number of seconds since the Unix epoch, e.g. 1513703787`);
  }

  return value;
}

/** The request target: an origin-form path and query, already percent-encoded. */
export function assertTarget(value: unknown, field = "target"): string {
  if (typeof value === "string" && PLAIN_TARGET.test(value)) {
    return value;
  }

  if (typeof value !== "string" || value === "") {
    fail(`${field} must be a non-empty path such as /api/v2/owners`);
  }

  if (value.startsWith("//")) {
    fail(`${field} must not start with "//": pass the path of a protocol-relative URL, or remove the doubled slash after the host (https://host//api → https://host/api)`);
  }

  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
    fail(`${field} must be a path and query such as /api/v2/owners, not a full URL; use requestTarget(url) to derive it`);
  }

  if (!value.startsWith("/")) {
    fail(`${field} must start with "/", e.g. /api/v2/owners`);
  }

  if (NOT_ON_THE_WIRE.test(value)) {
    fail(`${field} must be percent-encoded ASCII exactly as sent (no spaces, non-ASCII or "#"); use requestTarget(url) to derive it`);
  }

  return value;
}

/**
 * Reads an injected clock, refusing a value that is not a time: NaN would
 * pass every window comparison and skip expiry checks.
 */
export function readClock(now: () => number, field = "now"): number {
  const value: unknown = now();

  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(`${field} must return milliseconds since the Unix epoch, like Date.now()`);
  }

  return value;
}

/** An object of options or a request, so a missing one is named. */
export function assertObject(value: unknown, message: string): void {
  if (typeof value !== "object" || value === null) {
    fail(message);
  }
}

/**
 * Epoch seconds stay below this until the year 5138; a larger expiry is
 * almost certainly milliseconds and would keep a token alive for ages.
 */
export const MAX_EPOCH_SECONDS = 1e11;

/** Epoch seconds, refusing a value that can only be milliseconds. */
export function assertEpochSeconds(value: unknown, field: string): number {
  const seconds = assertSeconds(value, field);

  if (seconds >= MAX_EPOCH_SECONDS) {
    fail(`${field} looks like milliseconds; pass Unix epoch seconds, e.g. Math.floor(ms / 1000)`);
  }

  return seconds;
}

/** A non-negative whole number of seconds, for windows, margins and expiries. */
export function assertSeconds(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail(`${field} must be a non-negative whole number of seconds`);
  }

  return value;
}

/** Clocks and callbacks passed in options. */
export function assertFunction(value: unknown, field: string): void {
  if (typeof value !== "function") {
    fail(`${field} must be a function`);
  }
}
