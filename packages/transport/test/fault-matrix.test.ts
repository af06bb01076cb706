import { describe, expect, it } from "vitest";
import { TcNetworkError, TcRateLimitError, TcServerError, TcTimeoutError } from "../src/index.js";
import { type Fault, startFaultServer, success, useFaultServer } from "./support/fault-server.js";
import { createTestClock, makeTransport, SENDERS } from "./support/make-transport.js";

const FAULTS: { name: string; fault: Fault; error: new (...args: never[]) => Error }[] = [
  { name: "connection reset", fault: { kind: "reset" }, error: TcNetworkError },
  { name: "500", fault: { kind: "status", status: 500, body: "boom" }, error: TcServerError },
  { name: "502", fault: { kind: "status", status: 502, body: "<html><title>Bad Gateway</title></html>", headers: { "content-type": "text/html" } }, error: TcServerError },
  { name: "503", fault: { kind: "status", status: 503, body: '{"status":"Failure","message":"busy"}' }, error: TcServerError },
  { name: "429 with Retry-After", fault: { kind: "status", status: 429, headers: { "retry-after": "2" } }, error: TcRateLimitError },
  { name: "response slower than the timeout", fault: { kind: "slow", delayMs: 1_500 }, error: TcTimeoutError },
];

const server = useFaultServer(() => success({ owner: { id: 1, name: "Org" } }));

describe.each(SENDERS)("fault matrix via %s", (kind) => {
  describe.each(FAULTS)("$name", ({ fault, error }) => {
    it("an idempotent call succeeds on a freshly signed retry", async () => {
      const clock = createTestClock();
      const transport = makeTransport(kind, server.url, clock, { timeoutMs: 300 });
      server.faults = [fault];

      for (const method of ["GET", "PUT", "DELETE"] as const) {
        server.seen.length = 0;
        server.faults = [fault];
        const data = await transport.request({ method, path: "/v2/owners/{id}", params: { id: 1 } });

        expect(data).toEqual({ owner: { id: 1, name: "Org" } });
        expect(server.seen).toHaveLength(2);
        expect(server.seen.every((s) => s.verified.ok)).toBe(true);
        expect(server.seen[0]!.timestamp).not.toBe(server.seen[1]!.timestamp);
      }
    });

    it("a POST is sent once and the fault is reported", async () => {
      const transport = makeTransport(kind, server.url, createTestClock(), { timeoutMs: 300 });
      server.faults = [fault];

      await expect(transport.request({ method: "POST", path: "/v2/tags", body: { name: "x" } })).rejects.toBeInstanceOf(error);
      // Give a slow or reset exchange time to show a second copy, if one were sent.
      await new Promise((r) => setTimeout(r, 50));
      expect(server.seen).toHaveLength(1);
    });
  });

  it("honours Retry-After in seconds and as an HTTP date", async () => {
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock);
    const date = new Date(Date.now() + 5_000).toUTCString();
    server.faults = [
      { kind: "status", status: 429, headers: { "retry-after": "3" } },
      { kind: "status", status: 429, headers: { "retry-after": date } },
    ];

    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(clock.delays[0]).toBe(3_000);
    expect(clock.delays[1]).toBeGreaterThanOrEqual(3_000);
    expect(clock.delays[1]).toBeLessThanOrEqual(5_000);
  });

  it("honours Retry-After on a 503 too", async () => {
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock);
    server.faults = [{ kind: "status", status: 503, headers: { "retry-after": "2" } }];

    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(clock.delays).toEqual([2_000]);
  });

  it("gives up at once when Retry-After is beyond maxDelayMs, reporting the wait", async () => {
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock, { retry: { maxDelayMs: 10_000 } });
    server.faults = [{ kind: "status", status: 429, headers: { "retry-after": "60" } }];

    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toMatchObject({ name: "TcRateLimitError", retryAfterMs: 60_000 });
    expect(server.seen).toHaveLength(1);
    expect(clock.delays).toEqual([]);
  });

  it("holds the next request when a response says the budget is spent", async () => {
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock);
    server.route = () => ({ ...success(), headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "3" } });

    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(clock.delays).toEqual([]);
    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(clock.delays).toHaveLength(1);
    expect(clock.delays[0]).toBeGreaterThan(2_000);
    expect(clock.delays[0]).toBeLessThanOrEqual(3_000);
  });

  it("waits for X-RateLimit-Reset when the budget is spent", async () => {
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock);
    server.faults = [{ kind: "status", status: 429, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "4" } }];

    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(clock.delays[0]).toBe(4_000);
  });

  it("retries a POST when the connection was refused, since nothing was sent", async () => {
    const dead = await startFaultServer();
    const url = dead.url;
    await dead.close();
    let attempts = 0;
    const transport = makeTransport(kind, url, createTestClock(), { onRequest: () => { attempts++; } });

    const failure = transport.request({ method: "POST", path: "/v2/tags", body: {} });
    await expect(failure).rejects.toMatchObject({ name: "TcNetworkError", notSent: true });
    expect(attempts).toBe(3);
  });

  it("retries a POST on a 503 when the caller opts in", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.faults = [{ kind: "status", status: 503 }];

    await transport.request({ method: "POST", path: "/v2/tags", body: {}, retryPost: true });
    expect(server.seen).toHaveLength(2);
  });

  it("gives up after the configured attempts", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { retry: { attempts: 2 } });
    server.faults = [{ kind: "status", status: 500 }, { kind: "status", status: 500 }, { kind: "status", status: 500 }];

    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toMatchObject({ status: 500 });
    expect(server.seen).toHaveLength(2);
  });

  it("passes the caller's abort through as AbortError without retrying", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.faults = [{ kind: "slow", delayMs: 1_000 }];
    const controller = new AbortController();
    setTimeout(() => { controller.abort(); }, 100);

    await expect(transport.request({ method: "GET", path: "/v2/owners", signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.seen).toHaveLength(1);
  });

  it("stops at the total deadline", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { timeoutMs: 5_000, deadlineMs: 200 });
    server.faults = [{ kind: "slow", delayMs: 1_000 }];

    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toThrow(/deadline of 200ms exceeded/);
  });
});

describe("undici's own timeouts for long limits", () => {
  it("turn a response slower than a 5 s timeout into a retried TcTimeoutError", async () => {
    const transport = makeTransport("undici", server.url, createTestClock(), { timeoutMs: 5_000 });
    server.faults = [{ kind: "slow", delayMs: 8_000 }];

    await expect(transport.request({ method: "GET", path: "/v2/owners" })).resolves.toEqual({ owner: { id: 1, name: "Org" } });
    expect(server.seen).toHaveLength(2);

    server.seen.length = 0;
    server.faults = [{ kind: "slow", delayMs: 8_000 }];
    await expect(transport.request({ method: "POST", path: "/v2/tags", body: {} })).rejects.toThrow(/attempt timed out after 5000ms/);
    expect(server.seen).toHaveLength(1);
  }, 60_000);
});
