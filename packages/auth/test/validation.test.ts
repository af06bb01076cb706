import { describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";

const SECRET = "s3cr3t-Value-that-must-never-leak";
const GOOD = { accessId: "1234", secretKey: SECRET, method: "GET", target: "/api/v2/owners", timestamp: 1513703787 };

// Each bad input, the field its message must name, and a phrase that says how to fix it.
const BAD_SIGN_INPUTS: { label: string; patch: Record<string, unknown>; field: string; hint: RegExp }[] = [
  { label: "empty access id", patch: { accessId: "" }, field: "accessId", hint: /non-empty/ },
  { label: "whitespace access id", patch: { accessId: "   " }, field: "accessId", hint: /non-empty/ },
  { label: "access id with a space", patch: { accessId: "12 34" }, field: "accessId", hint: /whitespace/ },
  { label: "empty secret", patch: { secretKey: "" }, field: "secretKey", hint: /non-empty/ },
  { label: "whitespace secret", patch: { secretKey: " \t\n" }, field: "secretKey", hint: /non-empty/ },
  { label: "non-string secret", patch: { secretKey: 42 }, field: "secretKey", hint: /non-empty/ },
  { label: "fractional timestamp", patch: { timestamp: 1513703787.5 }, field: "timestamp", hint: /whole number/ },
  { label: "negative timestamp", patch: { timestamp: -1 }, field: "timestamp", hint: /non-negative/ },
  { label: "millisecond string timestamp", patch: { timestamp: "1513703787" }, field: "timestamp", hint: /seconds/ },
  { label: "NaN timestamp", patch: { timestamp: Number.NaN }, field: "timestamp", hint: /whole number/ },
  { label: "method with a space", patch: { method: "GE T" }, field: "method", hint: /GET, POST, PUT or DELETE/ },
  { label: "empty method", patch: { method: "" }, field: "method", hint: /method token/ },
  { label: "method with a colon", patch: { method: "GET:" }, field: "method", hint: /method token/ },
  { label: "relative path", patch: { target: "api/v2/owners" }, field: "target", hint: /start with "\/"/ },
  { label: "full URL", patch: { target: "https://app.threatconnect.com/api/v2/owners" }, field: "target", hint: /requestTarget/ },
  { label: "protocol-relative URL", patch: { target: "//app.threatconnect.com/api/v2/owners" }, field: "target", hint: /protocol-relative/ },
  { label: "unencoded space", patch: { target: "/api/v2/tags/Nation State" }, field: "target", hint: /percent-encoded/ },
  { label: "unencoded unicode", patch: { target: "/api/v2/tags/café" }, field: "target", hint: /percent-encoded/ },
  { label: "fragment", patch: { target: "/api/v2/owners#top" }, field: "target", hint: /"#"/ },
  { label: "empty target", patch: { target: "" }, field: "target", hint: /\/api\/v2\/owners/ },
];

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }

  throw new Error("expected a rejection");
}

describe.each(ENTRIES)("input checks, $name entry", ({ api }) => {
  it.each(BAD_SIGN_INPUTS)("sign rejects $label with a TypeError naming $field", async ({ patch, field, hint }) => {
    const error = await rejection(api.sign({ ...GOOD, ...patch }));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(field);
    expect(error.message).toMatch(hint);
    expect(error.message).not.toContain(SECRET);
    expect(error.stack ?? "").not.toContain(SECRET);
  });

  it("async functions report bad input as a rejection, never a synchronous throw", async () => {
    const auth = api.createHmacAuth({ accessId: "1", secretKey: SECRET });
    const pending = [
      api.sign({ ...GOOD, target: "relative" }),
      api.computeSignature("", "m"),
      auth.headers({ method: "GET", target: "relative" }),
    ];

    for (const promise of pending) {
      expect(promise).toBeInstanceOf(Promise);
      await expect(promise).rejects.toBeInstanceOf(TypeError);
    }
  });

  it("sign rejects a missing input object", async () => {
    const error = await rejection(api.sign(undefined as unknown as typeof GOOD));

    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/accessId, secretKey, method, target, timestamp/);
  });

  it("createHmacAuth checks credentials up front, without echoing them", () => {
    expect(() => api.createHmacAuth({ accessId: " ", secretKey: SECRET })).toThrow(/accessId/);
    expect(() => api.createHmacAuth({ accessId: "1", secretKey: "  " })).toThrow(/secretKey/);

    try {
      api.createHmacAuth({ accessId: `x ${SECRET}`, secretKey: SECRET });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).not.toContain(SECRET);
    }
  });

  it("createHmacAuth names a bad method or target when a request is signed", async () => {
    const auth = api.createHmacAuth({ accessId: "1", secretKey: SECRET });

    await expect(auth.headers({ method: "G T", target: "/api/v2/owners" })).rejects.toThrow(/method/);
    await expect(auth.headers({ method: "GET", target: "http://x/api" })).rejects.toThrow(/target/);
  });

  it("computeSignature rejects an empty secret and a non-string message", async () => {
    await expect(api.computeSignature("", "m")).rejects.toThrow(TypeError);
    await expect(api.computeSignature(SECRET, 1 as unknown as string)).rejects.toThrow(/message/);
  });

  it("signatureMessage throws synchronously, naming the field", () => {
    expect(() => api.signatureMessage("v2/owners", "GET", 1)).toThrow(/target/);
    expect(() => api.signatureMessage("/v2/owners", "GET", -5)).toThrow(/timestamp/);
    expect(() => api.signatureMessage("/v2/owners", "G(T", 1)).toThrow(/method/);
  });

  it("normalises the method to upper case in the message", () => {
    expect(api.signatureMessage("/api/v2/owners", "delete", 7)).toBe("/api/v2/owners:DELETE:7");
  });

  it("createTokenAuth rejects an empty or spaced token without echoing it", () => {
    expect(() => api.createTokenAuth({ token: "" })).toThrow(/token must be a non-empty/);

    try {
      api.createTokenAuth({ token: `APIV2:1 ${SECRET}` });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/token/);
      expect((error as Error).message).not.toContain(SECRET);
    }
  });

  it("verifyRequest rejects a bad window setting", async () => {
    await expect(api.verifyRequest({
      method: "GET", target: "/", authorization: "TC 1:abc=", timestamp: "1",
      lookupSecret: () => SECRET, windowSeconds: -1,
    })).rejects.toThrow(/windowSeconds/);
  });
});
