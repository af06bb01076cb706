import { describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";

const SECRET = "verify-secret";
const TS = 1513703787;
const TARGET = "/api/v2/indicators/hosts/example.com?owner=Common%20Community";

describe.each(ENTRIES)("verifyRequest, $name entry", ({ api }) => {
  async function signed(overrides: { method?: string; target?: string; timestamp?: number } = {}) {
    return api.sign({
      accessId: "77",
      secretKey: SECRET,
      method: overrides.method ?? "GET",
      target: overrides.target ?? TARGET,
      timestamp: overrides.timestamp ?? TS,
    });
  }

  function verify(headers: { Authorization?: string | null | undefined; Timestamp?: string | null | undefined }, extra: Partial<Parameters<typeof api.verifyRequest>[0]> = {}) {
    return api.verifyRequest({
      method: "GET",
      target: TARGET,
      authorization: headers.Authorization,
      timestamp: headers.Timestamp,
      lookupSecret: (id) => (id === "77" ? SECRET : undefined),
      now: () => TS * 1000,
      ...extra,
    });
  }

  it("accepts a correctly signed request", async () => {
    await expect(verify(await signed())).resolves.toEqual({ ok: true, scheme: "TC", accessId: "77" });
  });

  it("accepts a lower-case scheme and an async secret lookup", async () => {
    const headers = await signed();

    await expect(verify(
      { ...headers, Authorization: headers.Authorization.replace(/^TC/, "tc") },
      { lookupSecret: (id) => Promise.resolve(id === "77" ? SECRET : undefined) },
    )).resolves.toMatchObject({ ok: true });
  });

  it.each([
    ["missing", undefined],
    ["null", null],
    ["empty", ""],
    ["no scheme", "77:abc="],
    ["other scheme", "Bearer abc"],
    ["no colon", "TC 77abc="],
    ["empty access id", "TC :abc="],
    ["signature not base64", "TC 77:not base64!"],
    ["two spaces", "TC  77:abc="],
  ])("reports malformed-header for a %s Authorization", async (_label, authorization) => {
    await expect(verify({ Authorization: authorization, Timestamp: String(TS) })).resolves.toEqual({ ok: false, reason: "malformed-header" });
  });

  it.each([["missing", undefined], ["text", "yesterday"], ["fractional", "1513703787.5"], ["negative", "-1513703787"], ["too long", "1".repeat(16)]])(
    "reports invalid-timestamp for a %s Timestamp",
    async (_label, timestamp) => {
      const headers = await signed();

      await expect(verify({ Authorization: headers.Authorization, Timestamp: timestamp })).resolves.toEqual({ ok: false, reason: "invalid-timestamp" });
    },
  );

  it("reports unknown-access-id when the lookup has no secret", async () => {
    await expect(verify(await signed(), { lookupSecret: () => undefined })).resolves.toEqual({ ok: false, reason: "unknown-access-id" });
  });

  it("reports signature-mismatch for a different target, method or secret", async () => {
    const headers = await signed();

    await expect(verify(headers, { target: "/api/v2/indicators/hosts/example.com?owner=Common+Community" }))
      .resolves.toEqual({ ok: false, reason: "signature-mismatch" });
    await expect(verify(headers, { method: "DELETE" })).resolves.toEqual({ ok: false, reason: "signature-mismatch" });
    await expect(verify(headers, { lookupSecret: () => "other" })).resolves.toEqual({ ok: false, reason: "signature-mismatch" });
  });

  it("compares the method case-insensitively, as signing upper-cases it", async () => {
    await expect(verify(await signed({ method: "post" }), { method: "post" })).resolves.toMatchObject({ ok: true });
  });

  it.each([
    [300, true], [-300, true], [301, false], [-301, false], [0, true],
  ])("at a clock difference of %i s the result is ok=%s", async (skew, ok) => {
    const result = await verify(await signed(), { now: () => (TS + skew) * 1000 });

    expect(result).toEqual(ok ? { ok: true, scheme: "TC", accessId: "77" } : { ok: false, reason: "timestamp-out-of-range" });
  });

  it("uses whole seconds of the clock: 300.999 s still passes", async () => {
    await expect(verify(await signed(), { now: () => (TS + 300) * 1000 + 999 })).resolves.toMatchObject({ ok: true });
  });

  it("honours a configured window", async () => {
    const headers = await signed();

    await expect(verify(headers, { windowSeconds: 60, now: () => (TS + 60) * 1000 })).resolves.toMatchObject({ ok: true });
    await expect(verify(headers, { windowSeconds: 60, now: () => (TS + 61) * 1000 })).resolves.toEqual({ ok: false, reason: "timestamp-out-of-range" });
  });

  it("never returns the secret in any result", async () => {
    const headers = await signed();
    const results = await Promise.all([
      verify(headers),
      verify(headers, { lookupSecret: () => "wrong" }),
      verify({ Authorization: "junk", Timestamp: "1" }),
    ]);

    expect(JSON.stringify(results)).not.toContain(SECRET);
  });

  describe("tokens", () => {
    const TOKEN = "APIV2:430:c8mTcH:1234567890123:7mbiy0OnuSIq0ujNbkrqEB3RlpplzNL3CcQsYGso8ZQ=";

    function verifyToken(record: { expiresAt?: number; revoked?: boolean } | undefined, withLookup = true) {
      return api.verifyRequest({
        method: "GET",
        target: "/api/v2/owners",
        authorization: `TC-Token ${TOKEN}`,
        timestamp: undefined,
        lookupSecret: () => undefined,
        ...(withLookup ? { lookupToken: (token: string) => (token === TOKEN ? record : undefined) } : {}),
        now: () => TS * 1000,
      });
    }

    it("accepts a known, unexpired token with colons in it", async () => {
      await expect(verifyToken({ expiresAt: TS + 1 })).resolves.toEqual({ ok: true, scheme: "TC-Token", token: TOKEN });
      await expect(verifyToken({})).resolves.toMatchObject({ ok: true });
    });

    it("reports expired-token from the expiry second on", async () => {
      await expect(verifyToken({ expiresAt: TS })).resolves.toEqual({ ok: false, reason: "expired-token" });
      await expect(verifyToken({ expiresAt: TS - 100 })).resolves.toEqual({ ok: false, reason: "expired-token" });
    });

    it("reports unknown-token for an unknown or revoked token, or without lookupToken", async () => {
      await expect(verifyToken(undefined)).resolves.toEqual({ ok: false, reason: "unknown-token" });
      await expect(verifyToken({ revoked: true, expiresAt: TS + 100 })).resolves.toEqual({ ok: false, reason: "unknown-token" });
      await expect(verifyToken({}, false)).resolves.toEqual({ ok: false, reason: "unknown-token" });
    });

    it("reports malformed-header for a token with nothing after the scheme", async () => {
      await expect(api.verifyRequest({
        method: "GET", target: "/", authorization: "TC-Token ", timestamp: undefined, lookupSecret: () => undefined,
      })).resolves.toEqual({ ok: false, reason: "malformed-header" });
    });
  });
});
