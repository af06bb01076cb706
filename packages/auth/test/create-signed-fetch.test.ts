import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";
import { startVerifyingServer } from "./loopback-server.js";

const CREDENTIALS = { accessId: "55501", secretKey: "wire-secret-ключ", token: "APIV2:9:abc:123:tok=" };

let server: Awaited<ReturnType<typeof startVerifyingServer>>;

beforeAll(async () => {
  server = await startVerifyingServer(CREDENTIALS);
});

afterAll(async () => {
  await server.close();
});

describe.each(ENTRIES)("createSignedFetch over loopback, $name entry", ({ api }) => {
  const signedFetch = () => api.createSignedFetch(api.createHmacAuth({ accessId: CREDENTIALS.accessId, secretKey: CREDENTIALS.secretKey }));

  it.each([
    ["/api prefix, owner with a raw space", "/api/v2/indicators/hosts/example.com?owner=Common Community"],
    ["owner with %20", "/api/v2/indicators/hosts/example.com?owner=Common%20Community"],
    ["owner with +", "/api/v2/indicators?owner=Common+Community&resultLimit=5"],
    ["URL indicator in the path", "/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F%3Fa%3D1%26b%3D2"],
    ["unicode path", "/api/v2/tags/café ☕"],
    ["empty and repeated parameters", "/api/v2/indicators?owner=&includes=tags&includes=attributes"],
    ["encoded # and %", "/api/v2/tags/100%25%20%231"],
  ])("the server verifies the exact target it received: %s", async (_label, pathAndQuery) => {
    const response = await signedFetch()(`${server.origin}${pathAndQuery}`);

    expect(await response.json()).toEqual({ ok: true, scheme: "TC", accessId: CREDENTIALS.accessId });
  });

  it("signs a URLSearchParams query as sent (+ for spaces)", async () => {
    const url = new URL(`${server.origin}/api/v2/owners`);

    url.searchParams.set("owner", "Demo Customer Community");

    const response = await signedFetch()(url);

    expect(response.status).toBe(200);
    expect(server.seen.at(-1)?.target).toBe("/api/v2/owners?owner=Demo+Customer+Community");
  });

  it("passes method, body and headers through, and sends the upper-case method it signed", async () => {
    const response = await signedFetch()(`${server.origin}/api/v2/batch`, {
      method: "purge",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ a: 1 }),
    });

    expect(response.status).toBe(200);
    expect(server.seen.at(-1)).toMatchObject({ method: "PURGE", body: "{\"a\":1}", contentType: "application/json" });
  });

  it("signs a Request object and re-signs with a fresh timestamp on each call", async () => {
    let ms = Date.now();
    const fetchSigned = api.createSignedFetch(api.createHmacAuth({ ...CREDENTIALS, now: () => ms }));
    const request = new Request(`${server.origin}/api/v2/owners`);

    expect((await fetchSigned(request)).status).toBe(200);
    ms += 2000;
    expect((await fetchSigned(request)).status).toBe(200);

    const [first, second] = server.seen.slice(-2);

    expect(Number(second?.timestamp) - Number(first?.timestamp)).toBe(2);
  });

  it("is rejected by the server when the clock is too far off", async () => {
    const skewed = api.createSignedFetch(api.createHmacAuth({ ...CREDENTIALS, now: () => Date.now() - 400_000 }));

    expect(await (await skewed(`${server.origin}/api/v2/owners`)).json()).toEqual({ ok: false, reason: "timestamp-out-of-range" });
  });

  it("sends a token with createTokenAuth", async () => {
    const fetchWithToken = api.createSignedFetch(api.createTokenAuth({ token: CREDENTIALS.token }));

    expect(await (await fetchWithToken(`${server.origin}/api/v2/owners`)).json()).toEqual({ ok: true, scheme: "TC-Token", token: CREDENTIALS.token });
  });

  it("uses an injected fetch and keeps the caller's headers", async () => {
    const sent: Request[] = [];
    const fake = (input: string | URL | Request) => {
      sent.push(input as Request);

      return Promise.resolve(new Response("{}"));
    };
    const fetchSigned = api.createSignedFetch(api.createHmacAuth({ accessId: "1", secretKey: "secret", now: () => 1513703787_000 }), fake);

    await fetchSigned("https://app.threatconnect.com/api/v2/owners", { headers: { Accept: "application/xml" } });

    expect(sent[0]?.headers.get("authorization")).toBe("TC 1:KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=");
    expect(sent[0]?.headers.get("timestamp")).toBe("1513703787");
    expect(sent[0]?.headers.get("accept")).toBe("application/xml");
  });

  it("rejects a missing strategy with a TypeError", () => {
    expect(() => api.createSignedFetch(undefined as never)).toThrow(/auth must be an AuthStrategy/);
  });
});
