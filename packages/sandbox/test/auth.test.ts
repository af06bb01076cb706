import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import { call, callJson } from "./helpers.js";

function tokenRequest(token: string, path = "/api/v2/owners"): Request {
  return new Request(`http://127.0.0.1${path}`, { headers: { Authorization: `TC-Token ${token}` } });
}

describe("authentication", () => {
  it("accepts HMAC within the five-minute window of an injected clock and rejects outside it", async () => {
    let now = Date.UTC(2017, 11, 19, 17, 16, 27);
    const sandbox = createSandbox({ now: () => now });
    const ts = Math.floor(now / 1000);
    expect((await call(sandbox, "GET", "/v2/owners", { timestamp: ts - 300 })).status).toBe(200);
    now += 301_000;
    const late = await callJson(sandbox, "GET", "/v2/owners", { timestamp: ts });
    expect(late).toEqual({ status: 403, json: { status: "Failure", message: "Timestamp out of acceptable time range" } });
  });

  it("rejects a replay of an accepted request once its timestamp leaves the window", async () => {
    let now = 1_700_000_000_000;
    const sandbox = createSandbox({ now: () => now });
    const ts = now / 1000;
    expect((await call(sandbox, "GET", "/v2/owners", { timestamp: ts })).status).toBe(200);
    expect((await call(sandbox, "GET", "/v2/owners", { timestamp: ts })).status).toBe(200);
    now += 301_000;
    const replay = await callJson(sandbox, "GET", "/v2/owners", { timestamp: ts });
    expect(replay.json.message).toBe("Timestamp out of acceptable time range");
  });

  it("verifies the documented test vector with a fixed secret and clock", async () => {
    const sandbox = createSandbox({ accessId: "12345", secretKey: "secret", now: () => 1513703787_000 });
    const res = await sandbox.fetch(new Request("http://127.0.0.1/api/v2/owners", {
      headers: { Timestamp: "1513703787", Authorization: "TC 12345:KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=" },
    }));
    expect(res.status).toBe(200);
  });

  it("rejects a request without credentials with Access Denied", async () => {
    const res = await createSandbox().fetch(new Request("http://127.0.0.1/api/v2/owners"));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ status: "Failure", message: "Access Denied" });
  });

  it("accepts TC-Token, and answers 401 Unauthorized for an expired or superseded token", async () => {
    let now = 1_700_000_000_000;
    const sandbox = createSandbox({ now: () => now, tokenExpiresAt: 1_700_000_000 + 3600 });
    expect((await sandbox.fetch(tokenRequest(sandbox.token))).status).toBe(200);

    now += 3601_000;
    const expired = await sandbox.fetch(tokenRequest(sandbox.token));
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ status: "Failure", message: "Unauthorized" });

    const old = sandbox.token;
    const fresh = sandbox.rotateToken();
    expect((await sandbox.fetch(tokenRequest(fresh))).status).toBe(200);
    expect((await sandbox.fetch(tokenRequest(old))).status).toBe(401);
  });

  it("checks the signature over the target as sent: `+` and %20 reach the same owner", async () => {
    const sandbox = createSandbox();
    const plus = await callJson(sandbox, "GET", "/v2/indicators?owner=Common+Community");
    const pct = await callJson(sandbox, "GET", "/v2/indicators?owner=Common%20Community");
    expect(plus.status).toBe(200);
    expect(pct.status).toBe(200);
  });

  it("generates different credentials per sandbox and keeps them out of logs and errors", async () => {
    const lines: string[] = [];
    const a = createSandbox({ log: (l) => lines.push(l) });
    const b = createSandbox();
    expect(a.secretKey).not.toBe(b.secretKey);
    expect(a.accessId).not.toBe(b.accessId);
    await call(a, "GET", "/v2/owners?owner=Nope");
    const bad = await a.fetch(new Request("http://127.0.0.1/api/v2/owners", { headers: { Authorization: `TC ${a.accessId}:${a.secretKey}`, Timestamp: "1" } }));
    const text = await bad.text();
    expect(text).not.toContain(a.secretKey);
    expect(lines.join("\n")).not.toContain(a.secretKey);
    expect(lines.join("\n")).not.toContain(a.token);
  });
});
