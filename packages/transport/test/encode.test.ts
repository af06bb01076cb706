import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildUrl, encodePathSegment } from "../src/index.js";
import { resolveBaseUrl } from "../src/resolve-base-url.js";

describe("encodePathSegment", () => {
  it.each([
    ["Common Community", "Common%20Community"],
    ["http://example.com/", "http%3A%2F%2Fexample.com%2F"],
    ["TLP:AMBER", "TLP%3AAMBER"],
    ["192.168.0.0/24", "192.168.0.0%2F24"],
    ["bad@example.com", "bad%40example.com"],
    ["a~b-c.d_e", "a~b-c.d_e"],
    ["!'()*", "%21%27%28%29%2A"],
    ["a+b", "a%2Bb"],
    ["münchen.de", "m%C3%BCnchen.de"],
    ["🙂", "%F0%9F%99%82"],
  ])("%s → %s (Python quote(safe='~'))", (input, expected) => {
    expect(encodePathSegment(input)).toBe(expected);
  });

  it("leaves only unreserved characters and round-trips", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const encoded = encodePathSegment(value);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(value);
      }),
    );
  });
});

describe("buildUrl", () => {
  const base = resolveBaseUrl("https://tc.example.com/api/");

  it("is sent unchanged by the WHATWG URL parser that fetch and undici use", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), fc.string({ unit: "grapheme" }), (value, owner) => {
        fc.pre(value !== "." && value !== "..");
        const url = buildUrl(base, { method: "GET", path: "/v2/tags/{name}", params: { name: value }, query: { owner } });
        expect(new URL(url).href).toBe(url);
      }),
    );
  });

  it("adds the base path prefix, placeholders and owner", () => {
    expect(buildUrl(base, { method: "GET", path: "/v2/tags/{name}", params: { name: "Nation State" } }, { owner: "A B" })).toBe(
      "https://tc.example.com/api/v2/tags/Nation%20State?owner=A%20B",
    );
    expect(buildUrl(resolveBaseUrl("legacy"), { method: "GET", path: "/v2/owners", query: { owner: "Mine" } }, { owner: "Default" })).toBe(
      "https://api.threatconnect.com/v2/owners?owner=Mine",
    );
  });

  it("encodes filter operators once", () => {
    expect(buildUrl(base, { method: "GET", path: "/v2/indicators", query: { filters: "summary=example.com,dateAdded<2015-10-15", orParams: true } })).toBe(
      "https://tc.example.com/api/v2/indicators?filters=summary%3Dexample.com%2CdateAdded%3C2015-10-15&orParams=true",
    );
  });

  it.each([
    [{ path: "v2/owners" }, /must start with "\/"/],
    [{ path: "/v2/tags/{name}" }, /\{name\} has no value/],
    [{ path: "/v2/owners", params: { id: 1 } }, /params id match no \{placeholder\}/],
    [{ path: "/v2/tags/Nation State" }, /contains characters that need encoding/],
    [{ path: "/v2/tags/{name}", params: { name: ".." } }, /must not be empty, "." or ".."/],
    [{ path: "/v2/owners", query: { resultLimit: 0 } }, /resultLimit must be an integer from 1 to 10000/],
    [{ path: "/v2/owners", query: { resultLimit: 10_001 } }, /resultLimit/],
    [{ path: "/v2/tags/{name}", params: { name: "\uD800" } }, /unpaired UTF-16 surrogate/],
  ])("rejects %o", (request, message) => {
    expect(() => buildUrl(base, { method: "GET", ...request })).toThrow(message);
  });
});
