import { describe, expect, it } from "vitest";
import { clearKeyCache } from "../src/node.js";
import { hmacNode } from "../src/hmac-node.js";
import { hmacWeb } from "../src/hmac-web.js";

describe("key caches", () => {
  it("stay correct past their bound, after eviction and after clearing", async () => {
    const secrets = Array.from({ length: 120 }, (_, i) => `secret-${String(i)}-${"x".repeat(i)}`);
    const message = "/api/v2/owners:GET:1513703787";
    const first = await Promise.all(secrets.map((s) => hmacWeb(s, message)));

    expect(new Set(first).size).toBe(secrets.length);

    for (const [index, secret] of secrets.entries()) {
      expect(hmacNode(secret, message)).toBe(first[index]);
    }

    clearKeyCache();

    // Sequentially, oldest first: every one of these was evicted or cleared.
    for (const [index, secret] of secrets.entries()) {
      await expect(hmacWeb(secret, message)).resolves.toBe(first[index]);
      expect(hmacNode(secret, message)).toBe(first[index]);
    }
  });
});
