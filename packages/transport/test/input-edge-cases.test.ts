import { describe, expect, it } from "vitest";
import { buildUrl, createRedactor, createTransport, TcConfigError } from "../src/index.js";
import { createTransport as createNodeTransport } from "../src/node.js";
import type { TcRequest } from "../src/types.js";

const BASE = new URL("https://tc.example.com/api");
const CREDENTIALS = { accessId: "1234", secretKey: "secret-key-value", env: {} };

function urlOf(request: Partial<TcRequest>): string {
  return buildUrl(BASE, { method: "GET", path: "/v2/owners", ...request });
}

describe("buildUrl refuses what it cannot send as given", () => {
  it.each(["/v2/../owners", "/v2/./owners", "/v2/%2e%2E/owners", "/.."])("a dot segment in the literal path %s", (path) => {
    expect(() => urlOf({ path })).toThrow(/"\." or "\.\." segment/);
  });

  it("a query string written into the path, pointing to query", () => {
    expect(() => urlOf({ path: "/v2/owners?resultLimit=1" })).toThrow(/must not contain a query; pass query parameters in query/);
  });

  it("a placeholder named after an Object.prototype member", () => {
    expect(() => urlOf({ path: "/v2/owners/{toString}", params: {} })).toThrow(/\{toString\} has no value/);
  });

  it.each([NaN, Infinity, -Infinity])("a non-finite number %s in params", (id) => {
    expect(() => urlOf({ path: "/v2/owners/{id}", params: { id } })).toThrow(/params\.id must be a finite number/);
  });

  it.each([
    ["null", null],
    ["an object", { a: 1 }],
    ["an array holding an object", [{}]],
  ])("%s as a query value, naming the parameter", (_name, value) => {
    expect(() => urlOf({ query: { filters: value } as never })).toThrow(/query\.filters must be a string, number, boolean or array of strings/);
  });

  it("an empty owner, which would send owner= with no name", () => {
    expect(() => urlOf({ owner: "" })).toThrow(/owner must not be empty; pass null to send no owner/);
  });

  it.each(["get", "PATCH", undefined])("the method %s", (method) => {
    expect(() => urlOf({ method: method as never })).toThrow(/method must be one of GET, POST, PUT, DELETE/);
  });
});

describe("createTransport configuration", () => {
  it.each([
    ["epoch seconds", "1767225600"],
    ["an ISO-8601 date", "2026-01-01T00:00:00Z"],
  ])("reads TC_API_TOKEN_EXPIRES as %s", (_name, value) => {
    expect(() => createTransport({ baseUrl: "cloud", env: { TC_API_TOKEN: "APIV2:1:token-value", TC_API_TOKEN_EXPIRES: value } })).not.toThrow();
  });

  it.each(["1767225600000", "0x10", "-5", "1e9", "soon"])("refuses TC_API_TOKEN_EXPIRES=%s with a TcConfigError", (value) => {
    const create = () => createTransport({ baseUrl: "cloud", env: { TC_API_TOKEN: "APIV2:1:token-value", TC_API_TOKEN_EXPIRES: value } });
    expect(create).toThrow(TcConfigError);
    expect(create).toThrow(/TC_API_TOKEN_EXPIRES/);
  });

  it.each([Date.now(), -1, NaN])("refuses tokenExpires %s (not epoch seconds) with a TcConfigError", (tokenExpires) => {
    expect(() => createTransport({ baseUrl: "cloud", token: "APIV2:1:token-value", tokenExpires, env: {} })).toThrow(/tokenExpires/);
  });

  it.each([
    "https://user:s3cret-in-url@tc example.com/api",
    "ftp://user:s3cret-in-url@tc.example.com/api",
  ])("never echoes a password from an unusable base URL: %s", (baseUrl) => {
    const create = () => createTransport({ ...CREDENTIALS, baseUrl });
    expect(create).toThrow(TcConfigError);
    try {
      create();
    } catch (error) {
      expect(String(error)).not.toContain("s3cret-in-url");
    }
  });

  it.each(["text/plain\r\nX-Injected: 1", "tëxt/plain", ""])("refuses the content type %j before sending", (contentType) => {
    const transport = createTransport({ ...CREDENTIALS, baseUrl: "cloud" });
    expect(() => transport.toCurl({ method: "POST", path: "/v2/batch", body: "x", contentType })).toThrow(/contentType must be/);
  });

  it("names resultLimit, not pageSize, when the bad page size came from the query", () => {
    const transport = createTransport({ ...CREDENTIALS, baseUrl: "cloud" });
    expect(() => transport.paginate({ method: "GET", path: "/v2/owners", query: { resultLimit: "5" as never } })).toThrow(/^resultLimit must be/);
  });

  it("refuses an unusable proxy URL with a TcConfigError naming the option", () => {
    expect(() => createNodeTransport({ ...CREDENTIALS, baseUrl: "cloud", proxy: "not a url" })).toThrow(/proxy/);
    expect(() => createNodeTransport({ ...CREDENTIALS, baseUrl: "cloud", proxy: "not a url" })).toThrow(TcConfigError);
  });
});

describe("createRedactor", () => {
  it("masks a token inside JSON without eating the characters around it", () => {
    const text = createRedactor().text('{"note":"APIV2:430:c8mTcH:1234567890123:7mbiy0OnuSIq0ujN=","x":1}');
    expect(text).toBe('{"note":"***","x":1}');
  });
});
