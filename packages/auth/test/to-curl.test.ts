import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHmacAuth, createTokenAuth, requestTarget, sign, toCurl } from "../src/index.js";
import { startVerifyingServer } from "./loopback-server.js";

const SECRET = "curl-secret-do-not-print-§";
const TOKEN = "APIV2:430:c8mTcH:1234567890123:7mbiy0OnuSIq0ujNbkrqEB3RlpplzNL3CcQsYGso8ZQ=";
const run = promisify(execFile);

describe("toCurl", () => {
  it("renders method, URL, headers and body, showing the TC Authorization", async () => {
    const headers = await sign({ accessId: "123", secretKey: "secret", method: "GET", target: "/api/v2/owners", timestamp: 1513703787 });

    expect(toCurl({ method: "get", url: "https://app.threatconnect.com/api/v2/owners", headers: { ...headers, Accept: "application/json" } }))
      .toBe("curl -X GET 'https://app.threatconnect.com/api/v2/owners' -H 'Timestamp: 1513703787' "
        + "-H 'Authorization: TC 123:KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=' -H 'Accept: application/json'");
  });

  it("quotes single quotes in the body and URL for the shell", () => {
    const rendered = toCurl({ method: "POST", url: "https://h/api/v2/tags?name=it's", headers: {}, body: "{\"name\":\"it's\"}" });

    expect(rendered).toBe("curl -X POST 'https://h/api/v2/tags?name=it%27s' --data-raw '{\"name\":\"it'\\''s\"}'");
  });

  it("adds --globoff when the URL contains glob characters", () => {
    expect(toCurl({ method: "GET", url: "https://h/api/v2/x?a=[1]", headers: {} })).toMatch(/^curl --globoff /);
  });

  it("masks a token behind $TC_API_TOKEN and other schemes behind ***", async () => {
    const tokenHeaders = await createTokenAuth({ token: TOKEN }).headers({ method: "GET", target: "/" });
    const rendered = toCurl({ method: "GET", url: "https://h/api/v2/owners", headers: tokenHeaders });

    expect(rendered).toContain('-H "Authorization: TC-Token $TC_API_TOKEN"');
    expect(rendered).not.toContain(TOKEN);
    expect(rendered).not.toContain("7mbiy0OnuSIq0ujNbkrqEB3RlpplzNL3CcQsYGso8ZQ=");
    expect(toCurl({ method: "GET", url: "https://h/", headers: { authorization: "Bearer abc.def" } })).toContain("'authorization: Bearer ***'");
  });

  it("never prints the secret, in either mode", async () => {
    const headers = await createHmacAuth({ accessId: "123", secretKey: SECRET }).headers({ method: "POST", target: "/api/v2/batch" });
    const input = { method: "POST", url: "https://h/api/v2/batch", headers, body: "{}" };

    for (const rendered of [toCurl(input), toCurl(input, { signature: "openssl" })]) {
      expect(rendered).not.toContain(SECRET);
      expect(rendered).not.toContain("curl-secret");
    }
  });

  it("in openssl mode signs at run time from $TC_API_SECRET_KEY", () => {
    const rendered = toCurl(
      { method: "GET", url: "https://app.threatconnect.com/api/v2/owners?owner=Common Community", headers: { Authorization: "TC 123:abc=", Timestamp: "1" } },
      { signature: "openssl" },
    );

    expect(rendered).toBe([
      "TS=$(date +%s)",
      "SIG=$(printf '%s' '/api/v2/owners?owner=Common%20Community:GET:'\"$TS\" | openssl dgst -sha256 -hmac \"$TC_API_SECRET_KEY\" -binary | base64)",
      "curl -X GET 'https://app.threatconnect.com/api/v2/owners?owner=Common%20Community' -H \"Timestamp: $TS\" -H \"Authorization: TC 123:$SIG\"",
    ].join("\n"));
  });

  it("rejects a relative URL or a bad method with a TypeError", () => {
    expect(() => toCurl({ method: "GET", url: "/api/v2/owners", headers: {} })).toThrow(/url must be an absolute URL/);
    expect(() => toCurl({ method: "G T", url: "https://h/", headers: {} })).toThrow(/method/);
  });
});

describe("toCurl commands run against a loopback server", { timeout: 60_000 }, () => {
  const credentials = { accessId: "4242", secretKey: SECRET };
  let server: Awaited<ReturnType<typeof startVerifyingServer>>;

  beforeAll(async () => {
    server = await startVerifyingServer(credentials);
  });

  afterAll(async () => {
    await server.close();
  });

  async function runScript(script: string) {
    const { stdout } = await run("sh", ["-c", script], {
      env: { PATH: process.env.PATH, TC_API_SECRET_KEY: SECRET },
      timeout: 20_000,
    });

    return JSON.parse(stdout) as unknown;
  }

  it.each([
    ["/api/v2/indicators/hosts/example.com?owner=Common Community", "GET"],
    ["/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F?owner=Demo+Customer+Community", "DELETE"],
    ["/api/v2/tags/caf%C3%A9%20%231?a=&a=%26%3D", "PUT"],
    // fetch drops a bare "?" and requestTarget signs without it; curl would send it.
    ["/api/v2/owners?", "GET"],
    ["/api/v2/owners?#top", "GET"],
  ])("the as-given command for %s verifies", async (path, method) => {
    const url = `${server.origin}${path}`;
    const headers = await createHmacAuth(credentials).headers({ method, target: requestTarget(url) });

    await expect(runScript(`${toCurl({ method, url, headers })} -s`)).resolves.toEqual({ ok: true, scheme: "TC", accessId: "4242" });
  });

  it("the openssl script verifies and sends the body", async () => {
    const url = `${server.origin}/api/v2/batch?owner=Common Community`;
    const script = toCurl({ method: "POST", url, headers: { Authorization: "TC 4242:placeholder=", "Content-Type": "application/json" }, body: "{\"x\":\"it's\"}" }, { signature: "openssl" });

    await expect(runScript(`${script} -s`)).resolves.toEqual({ ok: true, scheme: "TC", accessId: "4242" });
    expect(server.seen.at(-1)).toMatchObject({ body: "{\"x\":\"it's\"}", target: "/api/v2/batch?owner=Common%20Community" });
  });
});
