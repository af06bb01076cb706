import { describe, expect, it } from "vitest";
import { createTransport as createNodeTransport } from "../src/node.js";
import { BASE_URL_PRESETS, createTransport, TcConfigError, type TransportOptions } from "../src/index.js";

const HMAC = { accessId: "id-1234567890", secretKey: "secret-key-abcdef-123456" };
const noFetch = (() => Promise.reject(new Error("no request expected"))) as typeof fetch;

describe("configuration", () => {
  it.each(Object.entries(BASE_URL_PRESETS))("preset %s → %s", (preset, url) => {
    expect(createTransport({ baseUrl: preset, ...HMAC, env: {}, fetch: noFetch }).baseUrl.href).toBe(new URL(url).href);
  });

  it("reads the environment when options are missing, and explicit options win", () => {
    const env = {
      TC_API_PATH: "https://tc.example.com/api/",
      TC_API_ACCESS_ID: "env-id-123",
      TC_API_SECRET_KEY: "env-secret-123456",
      TC_OWNER: "Env Org",
    };
    const fromEnv = createTransport({ env, fetch: noFetch });
    expect(fromEnv.baseUrl.href).toBe("https://tc.example.com/api");
    expect(fromEnv.owner).toBe("Env Org");
    expect(fromEnv.toCurl({ method: "GET", path: "/v2/owners" })).toContain("Authorization: TC env-id-123:***");

    const explicit = createTransport({ env, fetch: noFetch, baseUrl: "cloud", owner: "Mine", token: "APIV2:1:2:3:tokenvalue" });
    expect(explicit.baseUrl.href).toBe("https://app.threatconnect.com/api");
    expect(explicit.owner).toBe("Mine");
    expect(explicit.toCurl({ method: "GET", path: "/v2/owners" })).toContain("Authorization: TC-Token ***");
  });

  it("takes a token and its expiry from the environment", () => {
    const transport = createTransport({ env: { TC_API_PATH: "sandbox", TC_API_TOKEN: "APIV2:1:2:3:abc", TC_API_TOKEN_EXPIRES: "1767225600" }, fetch: noFetch });
    expect(transport.toCurl({ method: "GET", path: "/v2/owners" })).toContain("TC-Token ***");
    expect(() => createTransport({ env: { TC_API_PATH: "cloud", TC_API_TOKEN: "t0ken-abc", TC_API_TOKEN_EXPIRES: "soon" } })).toThrow(/TC_API_TOKEN_EXPIRES/);
  });

  it("uses a custom signer over every credential", async () => {
    const seen: string[] = [];
    const transport = createTransport({
      baseUrl: "http://127.0.0.1:9/api",
      env: {},
      auth: { scheme: "TC", headers: (r) => { seen.push(`${r.method} ${r.target}`); return Promise.resolve({ Authorization: "TC custom:sig" }); } },
      fetch: () => Promise.resolve(new Response('{"status":"Success"}', { headers: { "content-type": "application/json" } })),
    });
    await expect(transport.request({ method: "DELETE", path: "/v2/tags/{t}", params: { t: "a b" } })).resolves.toBeUndefined();
    expect(seen).toEqual(["DELETE /api/v2/tags/a%20b"]);
  });

  it("works with a handler that takes only a Request, like an in-process server", async () => {
    const seen: { method: string; url: string; auth: string | null; body: string }[] = [];
    const handler = async (request: Request) => {
      seen.push({ method: request.method, url: request.url, auth: request.headers.get("authorization"), body: await request.text() });
      return new Response('{"status":"Success","data":{"tag":{"name":"A B"}}}', { headers: { "content-type": "application/json" } });
    };
    const transport = createTransport({ baseUrl: "http://127.0.0.1/api", ...HMAC, env: {}, fetch: handler });

    await expect(transport.request({ method: "POST", path: "/v2/tags", body: { name: "A B" }, owner: "O 1" })).resolves.toEqual({ tag: { name: "A B" } });
    expect(seen).toMatchObject([{ method: "POST", url: "http://127.0.0.1/api/v2/tags?owner=O%201", body: '{"name":"A B"}' }]);
    expect(seen[0]?.auth).toMatch(/^TC id-1234567890:\S+$/);
  });

  it.each([
    [{ baseUrl: "not a url" }, /not a valid URL/],
    [{ baseUrl: "ftp://tc.example.com" }, /must use https/],
    [{ baseUrl: "http://tc.example.com/api" }, /allowInsecureHttp/],
    [{ baseUrl: "https://user:pw@tc.example.com" }, /user name or password/],
    [{ baseUrl: "https://tc.example.com/api?x=1" }, /query or fragment/],
    [{}, /TC_API_PATH/],
    [{ baseUrl: "cloud", accessId: "only-id" }, /secretKey \(env TC_API_SECRET_KEY\) is missing/],
    [{ baseUrl: "cloud", ...HMAC, format: "yaml" }, /format must be "json" or "xml"/],
    [{ baseUrl: "cloud", ...HMAC, timeoutMs: 0 }, /timeoutMs must be a number >= 1/],
  ])("rejects %o before any request", (options, message) => {
    expect(() => createTransport({ env: {}, fetch: noFetch, ...(options as TransportOptions) })).toThrow(message);
  });

  it("names every environment variable when credentials are missing", () => {
    const error = (() => {
      try {
        createNodeTransport({ baseUrl: "cloud", env: {} });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TcConfigError);
    for (const name of ["TC_API_ACCESS_ID", "TC_API_SECRET_KEY", "TC_API_TOKEN"]) expect(String(error)).toContain(name);
  });

  it("allows plain http to loopback, and elsewhere only when asked by name", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "[::1]"]) {
      expect(() => createTransport({ baseUrl: `http://${host}:8080/api`, ...HMAC, env: {}, fetch: noFetch })).not.toThrow();
    }
    expect(() => createTransport({ baseUrl: "http://10.0.0.1/api", ...HMAC, env: {}, fetch: noFetch, allowInsecureHttp: true })).not.toThrow();
  });
});
