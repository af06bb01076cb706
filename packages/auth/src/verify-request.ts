import type { CryptoPrimitives } from "./crypto-primitives.js";
import { MAX_EPOCH_SECONDS, assertFunction, assertSeconds, readClock } from "./validate.js";

/**
 * Why a request failed verification. Never carries a secret.
 *
 * @public
 */
export type VerifyFailureReason =
  | "malformed-header"
  | "unknown-access-id"
  | "signature-mismatch"
  | "timestamp-out-of-range"
  | "invalid-timestamp"
  | "expired-token"
  | "unknown-token";

/**
 * The outcome of {@link VerifyRequest}.
 *
 * @public
 */
export type VerifyResult =
  | { ok: true; scheme: "TC"; accessId: string }
  | { ok: true; scheme: "TC-Token"; token: string }
  | { ok: false; reason: VerifyFailureReason };

/**
 * What a token lookup knows about a token; `undefined` means unknown.
 *
 * @public
 */
export interface TokenRecord {
  /** Unix epoch seconds; the token is expired from this second on. */
  expiresAt?: number;
  revoked?: boolean;
}

/**
 * A request as a server or proxy received it.
 *
 * @public
 */
export interface VerifyRequestInput {
  method: string;
  /** Raw request target exactly as received, e.g. Node's `req.url`. */
  target: string;
  authorization: string | null | undefined;
  /** The `Timestamp` header. */
  timestamp: string | null | undefined;
  lookupSecret: (accessId: string) => string | undefined | Promise<string | undefined>;
  lookupToken?: (token: string) => TokenRecord | undefined | Promise<TokenRecord | undefined>;
  /** Milliseconds since the epoch. @defaultValue Date.now */
  now?: () => number;
  /** Accepted clock difference in seconds; `|now - timestamp| <= window` passes. @defaultValue 300 */
  windowSeconds?: number;
}

/**
 * Verifies the `TC` or `TC-Token` authorization of a received request.
 *
 * @public
 */
export type VerifyRequest = (input: VerifyRequestInput) => Promise<VerifyResult>;

// "Within five minutes of the server clock" (API reference section 2.1).
const DEFAULT_WINDOW_SECONDS = 300;

const DIGITS = /^[0-9]{1,15}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const NO_WHITESPACE = /^[^\s]+$/;

type ParsedHeader =
  | { scheme: "TC"; accessId: string; signature: string }
  | { scheme: "TC-Token"; token: string }
  | undefined;

// Auth schemes are case-insensitive (RFC 9110 section 11.1). Split by index
// rather than one regular expression so a hostile header cannot cause
// backtracking. A base64 signature never contains ":", so the last colon
// separates it from the access id.
function parseAuthorization(value: string | null | undefined): ParsedHeader {
  const header = typeof value === "string" ? value.trim() : "";
  const space = header.indexOf(" ");
  const scheme = header.slice(0, space).toUpperCase();
  const credential = header.slice(space + 1);

  if (space < 0 || !NO_WHITESPACE.test(credential)) {
    return undefined;
  }

  if (scheme === "TC-TOKEN") {
    return { scheme: "TC-Token", token: credential };
  }

  const colon = credential.lastIndexOf(":");
  const accessId = credential.slice(0, colon);
  const signature = credential.slice(colon + 1);

  if (scheme !== "TC" || colon < 1 || !BASE64.test(signature)) {
    return undefined;
  }

  return { scheme: "TC", accessId, signature };
}

function failure(reason: VerifyFailureReason): VerifyResult {
  return { ok: false, reason };
}

// The server's own inputs: a mistake here is a bug in the caller, reported
// as a TypeError rather than silently verifying against "undefined".
function checkServerInput(input: VerifyRequestInput): void {
  const { method, target, timestamp } = input as { method: unknown; target: unknown; timestamp: unknown };

  if (typeof method !== "string") {
    throw new TypeError("@tcapi/auth: method must be a string, the request method as received (e.g. req.method)");
  }

  if (typeof target !== "string") {
    throw new TypeError("@tcapi/auth: target must be a string, the raw request target as received (e.g. req.url)");
  }

  if (timestamp !== undefined && timestamp !== null && typeof timestamp !== "string") {
    throw new TypeError("@tcapi/auth: timestamp must be the Timestamp header string (or null/undefined when absent)");
  }
}

/** Binds `verifyRequest` to one HMAC and one constant-time comparison. */
export function createVerifyRequest(primitives: CryptoPrimitives): VerifyRequest {
  return async (input) => {
    const now = input.now ?? Date.now;
    const window = assertSeconds(input.windowSeconds ?? DEFAULT_WINDOW_SECONDS, "windowSeconds");

    assertFunction(now, "now");
    assertFunction(input.lookupSecret, "lookupSecret");
    checkServerInput(input);

    const parsed = parseAuthorization(input.authorization);

    if (parsed === undefined) {
      return failure("malformed-header");
    }

    if (parsed.scheme === "TC-Token") {
      return verifyToken(parsed.token, input, now);
    }

    const { accessId, signature } = parsed;
    const timestamp = (input.timestamp ?? "").trim();

    if (!DIGITS.test(timestamp)) {
      return failure("invalid-timestamp");
    }

    // Whole seconds on both sides, as the client derives its timestamp, so
    // exactly the window passes and one second more fails.
    if (Math.abs(Math.floor(readClock(now) / 1000) - Number(timestamp)) > window) {
      return failure("timestamp-out-of-range");
    }

    const secretKey = await input.lookupSecret(accessId);

    if (typeof secretKey !== "string" || secretKey === "") {
      return failure("unknown-access-id");
    }

    // The message is rebuilt from the raw target and header text as received:
    // the client signed these exact characters.
    const message = `${input.target}:${input.method.toUpperCase()}:${timestamp}`;
    const expected = await primitives.hmac(secretKey, message);

    return primitives.equal(expected, signature)
      ? { ok: true, scheme: "TC", accessId }
      : failure("signature-mismatch");
  };
}

// A record the lookup got wrong must not let a token through: an expiry that
// is not a number would compare false against the clock and never expire.
function checkTokenExpiry(expiresAt: unknown): number | undefined {
  if (expiresAt === undefined) {
    return undefined;
  }

  if (typeof expiresAt !== "number" || !Number.isFinite(expiresAt) || expiresAt >= MAX_EPOCH_SECONDS) {
    throw new TypeError(
      "@tcapi/auth: lookupToken must return expiresAt as Unix epoch seconds (e.g. 1513703787), not milliseconds or text",
    );
  }

  return expiresAt;
}

async function verifyToken(token: string, input: VerifyRequestInput, now: () => number): Promise<VerifyResult> {
  // null as well as undefined: lookups backed by a database often return null.
  const found: unknown = input.lookupToken === undefined ? undefined : await input.lookupToken(token);

  if (typeof found !== "object" || found === null) {
    return failure("unknown-token");
  }

  const record = found as TokenRecord;
  const revoked: unknown = record.revoked;

  // Anything but an absent or false flag counts as revoked.
  if (revoked !== undefined && revoked !== false) {
    return failure("unknown-token");
  }

  const expiresAt = checkTokenExpiry(record.expiresAt);

  if (expiresAt !== undefined && Math.floor(readClock(now) / 1000) >= expiresAt) {
    return failure("expired-token");
  }

  return { ok: true, scheme: "TC-Token", token };
}
