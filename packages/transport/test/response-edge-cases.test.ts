import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TcApiError, TcInvalidRequestError, TcRateLimitError, TcServerError, TcTimeoutError } from "../src/index.js";
import { SECRET_KEY, success, useFaultServer } from "./support/fault-server.js";
import { createTestClock, makeTransport, SENDERS } from "./support/make-transport.js";

const server = useFaultServer();

function failureOf(call: Promise<unknown>): Promise<TcApiError> {
  return call.then(
    () => { throw new Error("expected a failure"); },
    (error: unknown) => error as TcApiError,
  );
}

const ENCODINGS = [
  ["gzip", gzipSync],
  ["deflate", deflateSync],
  ["br", brotliCompressSync],
] as const;

describe.each(SENDERS)("responses via %s", (kind) => {
  it.each(ENCODINGS)("decodes a %s-encoded body, on success and on failure", async (encoding, compress) => {
    const transport = makeTransport(kind, server.url, createTestClock());
    const headers = { "content-encoding": encoding };

    server.route = () => ({ headers, body: compress(JSON.stringify({ status: "Success", data: { a: 1 } })) });
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).resolves.toEqual({ a: 1 });

    server.route = () => ({ status: 400, headers, body: compress('{"status":"Failure","message":"bad filter"}') });
    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));
    expect(error.serverMessage).toBe("bad filter");
  });

  it("masks the secret key in the message of a Failure envelope on a 2xx", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.route = () => ({ body: JSON.stringify({ status: "Failure", message: `rejected key ${SECRET_KEY}` }) });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));

    expect(error).toBeInstanceOf(TcInvalidRequestError);
    expect(error.message).toContain("rejected key ***");
    expect(`${error.message} ${error.serverMessage ?? ""}`).not.toContain(SECRET_KEY);
  });

  it.each([
    ["a plain-text error body", 500, "text/plain"],
    ["an unreadable success body", 200, "text/plain"],
  ])("masks a secret cut in half by the excerpt of %s", async (_name, status, type) => {
    const transport = makeTransport(kind, server.url, createTestClock(), { retry: { attempts: 1 } });
    server.route = () => ({ status, headers: { "content-type": type }, body: `${"a".repeat(290)}${SECRET_KEY}` });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));

    expect(error.serverMessage).toMatch(/a\*\*\*$/);
  });

  it("masks this attempt's signature when the server echoes it bare", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { retry: { attempts: 1 } });
    server.route = (seen) => ({
      status: 500,
      body: JSON.stringify({ status: "Failure", message: `bad ${seen.authorization?.split(":")[1] ?? ""}` }),
    });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));
    const signature = server.seen[0]?.authorization?.split(":")[1] ?? "missing";

    expect(error).toBeInstanceOf(TcServerError);
    expect(error.serverMessage).toBe("bad ***");
    expect(error.message).not.toContain(signature);
  });

  it("trims a long JSON error message like any other excerpt", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.route = () => ({ status: 400, body: JSON.stringify({ status: "Failure", message: "m".repeat(100_000) }) });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));

    expect(error.serverMessage?.length).toBeLessThan(1_100);
    expect(error.message.length).toBeLessThan(1_200);
  });

  it("returns a 2xx batch status body whole instead of failing on it", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.route = () => ({ status: 202, body: '{"status":"Queued"}' });

    await expect(transport.request({ method: "POST", path: "/v2/batch/{id}", params: { id: 1 }, body: "[]" }))
      .resolves.toEqual({ status: "Queued" });
  });

  it("returns the top-level fields of a Success body that has no data", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    const members = { anonymous: true, status: "Success", resultCount: 1, members: [{ pseudonym: "p" }] };
    server.route = () => ({ body: JSON.stringify(members) });

    await expect(transport.request({ method: "GET", path: "/v2/owners/mine/members" })).resolves.toEqual(members);
  });

  it("keeps the caller's abort reason", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    const reason = new Error("user pressed Ctrl-C");

    await expect(transport.request({ method: "GET", path: "/v2/owners", signal: AbortSignal.abort(reason) }))
      .rejects.toBe(reason);
    expect(server.seen).toHaveLength(0);
  });

  it("reports a redirect instead of returning nothing", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    server.route = () => ({ status: 302, headers: { location: "https://login.example.com/sso?token=abc123" } });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));

    expect(error).toBeInstanceOf(TcApiError);
    expect(error.status).toBe(302);
    expect(error.message).toMatch(/redirected to https:\/\/login\.example\.com\/sso\?token=\*\*\*; point baseUrl at/);
    expect(server.seen).toHaveLength(1);
  });

  it("fails fast when a spent rate-limit budget resets after the deadline", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { deadlineMs: 60_000 });
    const reset = String(Math.floor(Date.now() / 1000) + 3_600);
    server.route = () => ({ ...success(), headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset } });
    await transport.request({ method: "GET", path: "/v2/owners" });

    const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));

    expect(error).toBeInstanceOf(TcRateLimitError);
    expect(error.message).toMatch(/rate-limit budget is spent until/);
    expect(error.retryAfterMs).toBeGreaterThan(3_000_000);
    expect(server.seen).toHaveLength(1);
  });

  it("sends an ArrayBuffer or a typed array's bytes raw, and refuses a Blob by name", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    const bytes = new Uint8Array([104, 105, 33]);

    await transport.request({ method: "POST", path: "/v2/batch/{id}", params: { id: 1 }, body: bytes.buffer });
    await transport.request({ method: "POST", path: "/v2/batch/{id}", params: { id: 1 }, body: new DataView(bytes.buffer) });
    expect(server.seen.map((s) => s.body)).toEqual(["hi!", "hi!"]);

    await expect(transport.request({ method: "POST", path: "/v2/batch/{id}", params: { id: 1 }, body: new Blob(["x"]) }))
      .rejects.toThrow(/body is a Blob/);
  });

  it("reads only the start of an error body that never ends", async () => {
    const endless = createServer((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.write("x".repeat(200_000));
      // No res.end(): the body stays open until the client lets go.
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    const { port } = endless.address() as AddressInfo;
    const transport = makeTransport(kind, `http://127.0.0.1:${port}/api`, createTestClock(), {
      timeoutMs: 20_000,
      retry: { attempts: 1 },
    });

    try {
      const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));
      expect(error).toBeInstanceOf(TcServerError);
      expect(error.serverMessage).toMatch(/^x{300}…$/);
    } finally {
      endless.closeAllConnections();
      endless.close();
    }
  });

  it("ends an attempt whose body keeps trickling past the attempt timeout", async () => {
    const trickle = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"status":"Success","data":{"a":"');
      // A byte every 100 ms never trips an idle timeout; only a limit on the whole read ends it.
      const timer = setInterval(() => res.write("x"), 100);
      res.on("close", () => { clearInterval(timer); });
    });
    await new Promise<void>((resolve) => trickle.listen(0, "127.0.0.1", resolve));
    const { port } = trickle.address() as AddressInfo;
    // 5 s is long enough for the undici sender to use its own timeouts.
    const transport = makeTransport(kind, `http://127.0.0.1:${port}/api`, createTestClock(), {
      timeoutMs: 5_000,
      retry: { attempts: 1 },
    });

    try {
      const error = await failureOf(transport.request({ method: "GET", path: "/v2/owners" }));
      expect(error).toBeInstanceOf(TcTimeoutError);
      expect(error.message).toMatch(/attempt timed out after 5000ms/);
    } finally {
      trickle.closeAllConnections();
      trickle.close();
    }
  });
});
