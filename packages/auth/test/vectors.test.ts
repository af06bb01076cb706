import { describe, expect, it } from "vitest";
import { hmacNode } from "../src/hmac-node.js";
import { hmacWeb } from "../src/hmac-web.js";
import { signSync } from "../src/node.js";
import { ENTRIES } from "./entries.js";
import { VECTORS } from "./vectors.js";

describe("openssl vectors", () => {
  it("has at least 30 vectors covering all four methods", () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(VECTORS.map((v) => v.method))).toEqual(new Set(["GET", "POST", "PUT", "DELETE"]));
  });

  it("contains the three vectors printed in the API reference", () => {
    const byMessage = new Map(VECTORS.map((v) => [v.message, v]));

    expect(byMessage.get("/api/v2/owners:GET:1513703787")?.expected).toBe("KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=");
    expect(byMessage.get("/api/v2/indicators/hosts/example.com?owner=Common%20Community:GET:1513703787")?.expected)
      .toBe("AXPcQbGDPK2rfIVCEbin6i9LFZRVAsUH97c7kBhqFNA=");
    expect(byMessage.get("/api/v2/batch/12345:POST:1513703787")?.expected).toBe("ZZWd2nkpuTQw8cEPZne/h73uJ/8qK6zmoyn3HcjKZfk=");
  });

  it.each(VECTORS)("both HMAC primitives reproduce: $note", async (vector) => {
    expect(hmacNode(vector.secret, vector.message)).toBe(vector.expected);
    await expect(hmacWeb(vector.secret, vector.message)).resolves.toBe(vector.expected);
  });

  describe.each(ENTRIES)("$name entry", ({ api }) => {
    it.each(VECTORS)("builds the message and signs: $note", async (vector) => {
      expect(api.signatureMessage(vector.target, vector.method, vector.timestamp)).toBe(vector.message);
      await expect(api.computeSignature(vector.secret, vector.message)).resolves.toBe(vector.expected);

      const headers = await api.sign({
        accessId: "12345678901234567890",
        secretKey: vector.secret,
        method: vector.method.toLowerCase(),
        target: vector.target,
        timestamp: vector.timestamp,
      });

      expect(headers).toEqual({
        Timestamp: String(vector.timestamp),
        Authorization: `TC 12345678901234567890:${vector.expected}`,
      });
    });

    it.each(VECTORS)("verifies what it signed: $note", async (vector) => {
      const result = await api.verifyRequest({
        method: vector.method,
        target: vector.target,
        authorization: `TC 42:${vector.expected}`,
        timestamp: String(vector.timestamp),
        lookupSecret: (id) => (id === "42" ? vector.secret : undefined),
        now: () => vector.timestamp * 1000,
      });

      expect(result).toEqual({ ok: true, scheme: "TC", accessId: "42" });
    });
  });

  it.each(VECTORS)("signSync reproduces: $note", (vector) => {
    const headers = signSync({ accessId: "1", secretKey: vector.secret, method: vector.method, target: vector.target, timestamp: vector.timestamp });

    expect(headers.Authorization).toBe(`TC 1:${vector.expected}`);
  });
});
