import { describe, expect, it } from "vitest";
import {
  createRedactor,
  parseRetryAfter,
  redactAuthorization,
  TcAccessDeniedError,
  TcApiError,
  TcInvalidRequestError,
  TcNotFoundError,
  TcRateLimitError,
  TcServerError,
  TcSignatureError,
  TcTimestampError,
  TcUnauthorizedError,
} from "../src/index.js";
import { createApiError } from "../src/create-api-error.js";
import { excerptBody } from "../src/excerpt-body.js";
import { backoffDelay, isRetryable } from "../src/retry-policy.js";
import { TcNetworkError, TcTimeoutError } from "../src/errors.js";
import { toCurlCommand } from "../src/to-curl.js";
import { unwrapEnvelope } from "../src/unwrap-envelope.js";
import { createSkewClock } from "../src/clock-skew.js";

const at = { method: "GET", path: "/api/v2/owners" };

describe("createApiError", () => {
  it.each([
    [403, "Signature data did not match expected result", TcSignatureError],
    [403, "Timestamp out of acceptable time range", TcTimestampError],
    [400, "Invalid timestamp", TcTimestampError],
    [403, "Access Denied", TcAccessDeniedError],
    [401, "The requested Security Label was not removed - access was denied", TcAccessDeniedError],
    [401, "Unauthorized", TcUnauthorizedError],
    [404, undefined, TcNotFoundError],
    [200, "The requested resource was not found", TcNotFoundError],
    [429, undefined, TcRateLimitError],
    [400, "Please enter a valid Host", TcInvalidRequestError],
    [200, "anything", TcInvalidRequestError],
    [500, "Could not find resource for relative : /v2/x", TcServerError],
    [503, "API access has not been licensed for this system", TcServerError],
    [418, undefined, TcApiError],
  ])("%i %s → %o", (status, serverMessage, type) => {
    const error = createApiError({ ...at, status, serverMessage });
    expect(error.constructor).toBe(type);
    expect(error).toMatchObject({ status, method: "GET", path: "/api/v2/owners" });
    expect(error.name).toBe(type.name);
  });
});

describe("unwrapEnvelope", () => {
  const context = { status: 200, ...at };
  it("returns data, undefined for a bare success, and non-envelope bodies whole", () => {
    expect(unwrapEnvelope({ status: "Success", data: { owner: [] } }, context)).toEqual({ owner: [] });
    expect(unwrapEnvelope({ status: "Success" }, context)).toBeUndefined();
    expect(unwrapEnvelope({ indicator: [1] }, context)).toEqual({ indicator: [1] });
    expect(unwrapEnvelope([{ code: 1 }], context)).toEqual([{ code: 1 }]);
  });

  it("treats any other status as a failure", () => {
    expect(() => unwrapEnvelope({ status: "Failure", message: "bad" }, context)).toThrow(/failed with HTTP 200: bad/);
    expect(() => unwrapEnvelope({ status: "Error" }, context)).toThrow(/status "Error"/);
    expect(() => unwrapEnvelope({ status: "Invalid", description: "File size greater than allowable limit of 2000000" }, context)).toThrow(/2000000/);
  });
});

describe("excerptBody", () => {
  it("trims plain text and strips HTML", () => {
    expect(excerptBody("  Could not find\n resource  ")).toBe("Could not find resource");
    expect(excerptBody("<html><head><title>504 Gateway Time-out</title></head><body><h1>504</h1><script>x()</script></body></html>")).toBe("504 Gateway Time-out 504");
    expect(excerptBody("y".repeat(1000))).toHaveLength(301);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;
  it("reads seconds, HTTP dates and rate-limit headers", () => {
    expect(parseRetryAfter(headers({ "retry-after": "7" }), now).delayMs).toBe(7000);
    expect(parseRetryAfter(headers({ "retry-after": "Thu, 01 Jan 2026 00:00:09 GMT" }), now).delayMs).toBe(9000);
    expect(parseRetryAfter(headers({ "retry-after": "Wed, 31 Dec 2025 00:00:00 GMT" }), now).delayMs).toBe(0);
    expect(parseRetryAfter(headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "30" }), now)).toEqual({ delayMs: 30_000, exhausted: true });
    expect(parseRetryAfter(headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 12) }), now).delayMs).toBe(12_000);
    expect(parseRetryAfter(headers({ "x-ratelimit-remaining": "5", "x-ratelimit-reset": "30" }), now)).toEqual({ exhausted: false });
    expect(parseRetryAfter(headers({ "retry-after": "soon" }), now)).toEqual({ exhausted: false });
  });
});

describe("retry policy", () => {
  const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000, retryPost: false, random: () => 1 };
  it("backs off exponentially with jitter, capped", () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoffDelay(3, { ...policy, random: () => 0 })).toBe(200);
  });

  it("retries POST only when nothing was sent", () => {
    const network = (notSent: boolean) => new TcNetworkError({ ...at, status: 0, notSent, reason: "x" });
    expect(isRetryable(network(false), "GET", false)).toBe(true);
    expect(isRetryable(network(false), "POST", false)).toBe(false);
    expect(isRetryable(network(true), "POST", false)).toBe(true);
    expect(isRetryable(new TcTimeoutError({ ...at, status: 0, reason: "x" }), "POST", false)).toBe(false);
    expect(isRetryable(createApiError({ ...at, status: 503 }), "POST", true)).toBe(true);
    expect(isRetryable(createApiError({ ...at, status: 501 }), "GET", false)).toBe(false);
    expect(isRetryable(createApiError({ ...at, status: 400 }), "GET", false)).toBe(false);
  });
});

describe("clock skew", () => {
  it("learns the offset from a Date header", () => {
    let local = Date.parse("2026-01-01T00:00:00Z");
    const clock = createSkewClock(() => local);
    expect(clock.learn("Thu, 01 Jan 2026 01:00:00 GMT")).toBe(true);
    expect(clock.offsetMs).toBe(3_600_500);
    local += 1000;
    expect(clock.now()).toBe(Date.parse("2026-01-01T01:00:01.500Z"));
    expect(clock.learn("garbage")).toBe(false);
    expect(clock.learn(null)).toBe(false);
  });
});

describe("redaction and curl", () => {
  const redactor = createRedactor(["super-secret-key-000", "APIV2:1:tok:abc"]);

  it("masks credentials by scheme", () => {
    expect(redactAuthorization("TC 1234:Zm9vYmFy+/=")).toBe("TC 1234:***");
    expect(redactAuthorization("TC-Token APIV2:1:2")).toBe("TC-Token ***");
    expect(redactAuthorization("Bearer x")).toBe("Bearer ***");
    expect(redactor.headers({ Authorization: "TC id:sig", "X-Api-Key": "k", Accept: "super-secret-key-000" })).toEqual({
      Authorization: "TC id:***",
      "X-Api-Key": "***",
      Accept: "***",
    });
    expect(redactor.url("https://h/a?expiredToken=abc&owner=x&apiToken=y")).toBe("https://h/a?expiredToken=***&owner=x&apiToken=***");
    expect(redactor.text("key super-secret-key-000 and TC 99:abcdefghijkl=")).toBe("key *** and TC 99:***");
  });

  it("renders a copy-pastable curl command without secrets", () => {
    const curl = toCurlCommand(
      { method: "POST", url: "https://h/api/v2/tags?owner=A%20B", headers: { Authorization: "TC 1:c2lnbmF0dXJlMTIz", "Content-Type": "application/json" }, body: `{"name":"it's"}` },
      redactor,
    );
    expect(curl).toBe(
      `curl -X POST 'https://h/api/v2/tags?owner=A%20B' -H 'Authorization: TC 1:***' -H 'Content-Type: application/json' --data-raw '{"name":"it'\\''s"}'`,
    );
  });
});
