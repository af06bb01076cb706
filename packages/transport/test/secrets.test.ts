import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_ID, type FaultServer, SECRET_KEY, startFaultServer, success, TOKEN } from "./support/fault-server.js";
import { createTestClock, makeTransport, SENDERS } from "./support/make-transport.js";

let server: FaultServer;
let deadUrl: string;
beforeAll(async () => {
  server = await startFaultServer();
  const dead = await startFaultServer();
  deadUrl = dead.url;
  await dead.close();
});
afterAll(async () => {
  await server.close();
});

function describeError(error: unknown): string {
  const e = error as Error & Record<string, unknown>;
  return [String(e), e.stack, JSON.stringify(e), JSON.stringify(e.serverMessage), String(e.cause)].join("\n");
}

describe.each(SENDERS)("no secret reaches output via %s", (kind) => {
  it.each([
    ["HMAC", { accessId: ACCESS_ID, secretKey: SECRET_KEY }],
    ["token", { accessId: undefined, secretKey: undefined, token: TOKEN }],
  ] as const)("with %s credentials", async (_name, credentials) => {
    const captured: string[] = [];
    const options = {
      ...credentials,
      debug: (line: string) => captured.push(line),
      onRequest: (info: unknown) => captured.push(JSON.stringify(info)),
      onResponse: (info: unknown) => captured.push(JSON.stringify(info)),
      timeoutMs: 200,
      retry: { attempts: 2 },
    } as never;
    const transport = makeTransport(kind, server.url, createTestClock(), options);
    const failures: unknown[] = [];
    const fail = async (call: Promise<unknown>) => {
      failures.push(await call.then(() => new Error("unexpected success"), (e: unknown) => e));
    };

    server.route = () => success({ owner: [] });
    await transport.request({ method: "GET", path: "/v2/owners", query: { token: TOKEN } });

    // A proxy error page that echoes every credential it was sent.
    server.route = (seen) => ({
      status: 500,
      headers: { "content-type": "text/html", "x-echo-auth": seen.authorization ?? "" },
      body: `<html><body>auth=${seen.authorization ?? ""} key=${SECRET_KEY} token=${TOKEN}</body></html>`,
    });
    await fail(transport.request({ method: "GET", path: "/v2/owners" }));
    await fail(transport.request({ method: "POST", path: "/v2/tags", body: { name: "t" } }));
    server.route = () => success();
    server.faults = [{ kind: "slow", delayMs: 500 }, { kind: "slow", delayMs: 500 }];
    await fail(transport.request({ method: "GET", path: "/v2/owners" }));
    await fail(makeTransport(kind, deadUrl, createTestClock(), options).request({ method: "GET", path: "/v2/owners" }));
    await fail(makeTransport(kind, server.url, createTestClock(), { ...(options as object), ...(credentials.secretKey === undefined ? { token: "APIV2:1:wrong:token-value-0000" } : { secretKey: "wrong-secret-123456" }) }).request({ method: "GET", path: "/v2/owners" }));

    for (const failure of failures) {
      expect((failure as Error).message).not.toBe("unexpected success");
      captured.push(describeError(failure));
    }
    captured.push(transport.toCurl({ method: "POST", path: "/v2/tags", body: { name: "x" } }));
    captured.push(transport.toCurl({ method: "GET", path: "/v2/indicators", query: { token: TOKEN } }));

    const output = captured.join("\n");
    const signatures = server.seen
      .map((s) => /^TC [^:]+:(.+)$/.exec(s.authorization ?? "")?.[1])
      .filter((s): s is string => s !== undefined);

    expect(captured.length).toBeGreaterThan(10);
    // The secret the client held must never show; a token shape is masked even when echoed
    // by a server to a client that never had it.
    if (credentials.secretKey !== undefined) expect(output).not.toContain(SECRET_KEY);
    expect(output).not.toContain(TOKEN);
    for (const signature of signatures) expect(output).not.toContain(signature);
    expect(output).toMatch(credentials.secretKey === undefined ? /TC-Token \*\*\*/ : /TC 12345678901234567890:\*\*\*/);
  });
});
