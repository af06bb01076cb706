import { describe, expect, it } from "vitest";
import { requestTarget } from "../src/index.js";

describe("requestTarget", () => {
  it("keeps the /api base-path prefix and the query", () => {
    expect(requestTarget("https://app.threatconnect.com/api/v2/indicators/hosts/example.com?owner=Common%20Community"))
      .toBe("/api/v2/indicators/hosts/example.com?owner=Common%20Community");
  });

  it("percent-encodes a raw space in the query as %20, as the URL parser and fetch do", () => {
    expect(requestTarget("https://app.threatconnect.com/api/v2/owners?owner=Common Community"))
      .toBe("/api/v2/owners?owner=Common%20Community");
  });

  it("keeps + when the query was built with URLSearchParams", () => {
    const url = new URL("https://app.threatconnect.com/api/v2/indicators");

    url.searchParams.set("owner", "Common Community");

    expect(requestTarget(url)).toBe("/api/v2/indicators?owner=Common+Community");
  });

  it("keeps encoded indicator values in the path untouched", () => {
    expect(requestTarget("https://h/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F"))
      .toBe("/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F");
  });

  it("encodes non-ASCII path characters as UTF-8 percent escapes", () => {
    expect(requestTarget("https://h/api/v2/tags/café")).toBe("/api/v2/tags/caf%C3%A9");
  });

  it("drops the fragment, which is never sent", () => {
    expect(requestTarget("https://h/api/v2/owners?a=1#frag")).toBe("/api/v2/owners?a=1");
  });

  it("keeps empty and repeated query parameters in order", () => {
    expect(requestTarget("https://h/api/v2/x?b=&a=1&a=2")).toBe("/api/v2/x?b=&a=1&a=2");
  });

  it("accepts a path with query", () => {
    expect(requestTarget("/api/v2/owners?owner=A B")).toBe("/api/v2/owners?owner=A%20B");
  });

  it("reads only path and query, never the credentials or host", () => {
    expect(requestTarget("https://user:pw@h:8443/v2/owners")).toBe("/v2/owners");
  });

  it("rejects what is not a URL with a TypeError naming url", () => {
    expect(() => requestTarget("not a url")).toThrow(TypeError);
    expect(() => requestTarget("not a url")).toThrow(/url must be/);
    expect(() => requestTarget("")).toThrow(/url must be/);
  });
});
