import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createTransport, TcConfigError, TcInvalidRequestError, TcNotFoundError, TcSignatureError, TcTimestampError } from "../src/index.js";
import { ACCESS_ID, success, useFaultServer } from "./support/fault-server.js";
import { createTestClock, makeTransport, SENDERS } from "./support/make-transport.js";
import { FIXTURE_DIR } from "@tcapi/test-fixtures";

const FIXTURES = `${FIXTURE_DIR}/`;

const server = useFaultServer();

describe.each(SENDERS)("transport via %s", (kind) => {
  it("signs exactly the target it sends, with /api prefix, owner and encoded values", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { owner: "Common Community" });
    server.route = () => success({ url: { id: 7 } });

    const data = await transport.request({
      method: "GET",
      path: "/v2/indicators/urls/{value}",
      params: { value: "http://example.com/a b?x=1&y=é" },
      query: { includeTags: true, filters: "summary^ex", tag: ["A B", "C"] },
    });

    expect(data).toEqual({ url: { id: 7 } });
    expect(server.seen[0]!.verified).toEqual({ ok: true, scheme: "TC", accessId: ACCESS_ID });
    expect(server.seen[0]!.target).toBe(
      "/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2Fa%20b%3Fx%3D1%26y%3D%C3%A9" +
        "?includeTags=true&filters=summary%5Eex&tag=A%20B&tag=C&owner=Common%20Community",
    );
  });

  it("adds no owner when the request says null, and createActivityLog when configured", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { owner: "Org", createActivityLog: false });
    await transport.request({ method: "GET", path: "/v2/groups/incidents/{id}", params: { id: 5 }, owner: null });
    expect(server.seen[0]!.target).toBe("/api/v2/groups/incidents/5?createActivityLog=false");
  });

  it("sends JSON bodies and raw bodies with their content type", async () => {
    const transport = makeTransport(kind, server.url, createTestClock());
    await transport.request({ method: "POST", path: "/v2/tags", body: { name: "Nation State" } });
    await transport.request({ method: "POST", path: "/v2/batch/{id}", params: { id: 1 }, body: "raw text", contentType: "application/octet-stream" });
    expect(server.seen.map((s) => s.body)).toEqual(['{"name":"Nation State"}', "raw text"]);
  });

  it("authenticates with an API token", async () => {
    const { TOKEN } = await import("./support/fault-server.js");
    const clock = createTestClock();
    const transport = makeTransport(kind, server.url, clock, { accessId: undefined, secretKey: undefined, token: TOKEN } as never);
    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(server.seen[0]!.verified).toMatchObject({ ok: true, scheme: "TC-Token" });
  });

  it("learns a server clock one hour ahead: one re-signed retry, later calls need none", async () => {
    server.clockOffsetMs = 3_600_000;
    const transport = makeTransport(kind, server.url, createTestClock());

    await transport.request({ method: "POST", path: "/v2/tags", body: {} });
    expect(server.seen.map((s) => s.verified.ok)).toEqual([false, true]);

    await transport.request({ method: "GET", path: "/v2/owners" });
    await transport.request({ method: "GET", path: "/v2/owners" });
    expect(server.seen.map((s) => s.verified.ok)).toEqual([false, true, true, true]);
  });

  it("retries a clock-skew failure only once", async () => {
    server.clockOffsetMs = 3_600_000;
    const badDate = { "date": "not a date" };
    server.faults = [
      { kind: "status", status: 403, body: '{"status":"Failure","message":"Timestamp out of acceptable time range"}', headers: badDate },
    ];
    const transport = makeTransport(kind, server.url, createTestClock());
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toBeInstanceOf(TcTimestampError);
    expect(server.seen).toHaveLength(2);
  });

  it("maps server failures to error classes with status, message, method and path", async () => {
    const wrong = makeTransport(kind, server.url, createTestClock(), { secretKey: "another-secret-key-000" });
    const signature = await wrong.request({ method: "GET", path: "/v2/owners" }).catch((e: unknown) => e);
    expect(signature).toBeInstanceOf(TcSignatureError);
    expect(signature).toMatchObject({ status: 403, method: "GET", path: "/api/v2/owners", serverMessage: "Signature data did not match expected result" });

    const transport = makeTransport(kind, server.url, createTestClock());
    server.faults = [{ kind: "status", status: 404, body: '{"status":"Failure","message":"The requested resource was not found"}' }];
    await expect(transport.request({ method: "GET", path: "/v2/owners/9" })).rejects.toBeInstanceOf(TcNotFoundError);

    server.route = () => ({ body: '{"status":"Failure","message":"Please enter a valid Host"}' });
    await expect(transport.request({ method: "POST", path: "/v2/indicators/hosts", body: {} })).rejects.toThrow(
      /POST \/api\/v2\/indicators\/hosts failed with HTTP 200: Please enter a valid Host/,
    );

    server.route = () => ({ body: '{"status":"Error","message":"nope"}' });
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toBeInstanceOf(TcInvalidRequestError);
  });

  it("reports an HTML proxy page as a trimmed excerpt", async () => {
    const transport = makeTransport(kind, server.url, createTestClock(), { retry: { attempts: 1 } });
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>p{}</style></head><body><h1>Bad   Gateway</h1><p>${"x".repeat(1000)}</p></body></html>`;
    server.faults = [{ kind: "status", status: 502, body: page, headers: { "content-type": "text/html" } }];

    const error = (await transport.request({ method: "GET", path: "/v2/owners" }).catch((e: unknown) => e)) as Error & { serverMessage: string };
    expect(error.serverMessage.startsWith("502 Bad Gateway Bad Gateway x")).toBe(true);
    expect(error.serverMessage.length).toBeLessThanOrEqual(301);
    expect(error.message).not.toContain("<");
  });

  it("refuses an HTML page on a 200 (a proxy's login page) with an excerpt", async () => {
    server.route = () => ({ body: "<html><title>Sign in</title><body>Proxy login</body></html>", headers: { "content-type": "text/html" } });
    const transport = makeTransport(kind, server.url, createTestClock());
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toThrow(/HTTP 200: unreadable response body: Sign in Proxy login/);
  });

  it("asks for XML and decodes it to the JSON shape", async () => {
    const xml = await readFile(`${FIXTURES}002-get-owners-res.xml`, "utf8");
    server.route = () => ({ body: xml, headers: { "content-type": "application/xml" } });
    const transport = makeTransport(kind, server.url, createTestClock(), { format: "xml" });

    const data = await transport.request({ method: "GET", path: "/v2/owners" });
    expect(data).toEqual({ owner: [{ id: 0, name: "Exemplary Organization", type: "Organization" }, { id: 1, name: "Common Community", type: "Community" }] });
  });

  it("streams a binary download", async () => {
    server.route = () => ({ body: "PK\u0003\u0004binary", headers: { "content-type": "application/octet-stream" } });
    const transport = makeTransport(kind, server.url, createTestClock());

    const response = await transport.stream({ method: "GET", path: "/v2/groups/documents/{id}/download", params: { id: 3 } });
    const text = await new Response(response.body).text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(text).toBe("PK\u0003\u0004binary");
  });

  it("throws a typed error from stream() and honours the transport-wide signal", async () => {
    const controller = new AbortController();
    const transport = makeTransport(kind, server.url, createTestClock(), { signal: controller.signal });
    server.faults = [{ kind: "status", status: 404, body: '{"status":"Failure","message":"The requested resource was not found"}' }];
    await expect(transport.stream({ method: "GET", path: "/v2/groups/documents/{id}/download", params: { id: 3 } })).rejects.toBeInstanceOf(TcNotFoundError);

    controller.abort();
    await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.seen).toHaveLength(1);
  });

  it("writes redacted debug lines for each attempt and retry", async () => {
    const lines: string[] = [];
    const transport = makeTransport(kind, server.url, createTestClock(), { debug: (line) => lines.push(line), owner: "A B" });
    server.faults = [{ kind: "status", status: 503 }];
    await transport.request({ method: "GET", path: "/v2/owners" });

    expect(lines.map((l) => l.replace(/\d+ms/g, "Nms").replace(/"Timestamp":"\d+"/, '"Timestamp":"T"').replace(/:\d+\//, ":PORT/"))).toEqual([
      'tcapi → GET http://127.0.0.1:PORT/api/v2/owners?owner=A%20B attempt 1 {"Accept":"application/json","Timestamp":"T","Authorization":"TC 12345678901234567890:***"}',
      "tcapi ← 503 GET http://127.0.0.1:PORT/api/v2/owners?owner=A%20B Nms",
      "tcapi retry in Nms after GET /api/v2/owners?owner=A%20B failed with HTTP 503",
      expect.stringMatching(/^tcapi → GET .* attempt 2 /),
      expect.stringMatching(/^tcapi ← 200 GET /),
    ]);
  });

  it("pages through 25,001 items at 10,000 a page: three pages, every item once", async () => {
    const total = 25_001;
    server.route = (_seen, url) => {
      const start = Number(url.searchParams.get("resultStart"));
      const limit = Number(url.searchParams.get("resultLimit"));
      const items = [];
      for (let i = start; i < Math.min(total, start + limit); i++) items.push({ id: i, summary: `h${i}.example.com` });
      return success({ ...(start === 0 ? { resultCount: total } : {}), indicator: items });
    };
    const transport = makeTransport(kind, server.url, createTestClock());

    const ids: number[] = [];
    for await (const item of transport.paginate<{ id: number }>({ method: "GET", path: "/v2/indicators" })) ids.push(item.id);

    expect(server.seen.map((s) => new URL(s.target, "http://x").search)).toEqual([
      "?resultStart=0&resultLimit=10000",
      "?resultStart=10000&resultLimit=10000",
      "?resultStart=20000&resultLimit=10000",
    ]);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  }, 30_000);

  it("stops paging on a short page when resultCount is absent", async () => {
    server.route = (_seen, url) => {
      const start = Number(url.searchParams.get("resultStart"));
      return success({ tag: start === 0 ? [{ name: "a" }, { name: "b" }] : [{ name: "c" }] });
    };
    const transport = makeTransport(kind, server.url, createTestClock());
    const names: string[] = [];
    for await (const tag of transport.paginate<{ name: string }>({ method: "GET", path: "/v2/tags", key: "tag", pageSize: 2 })) names.push(tag.name);
    expect(names).toEqual(["a", "b", "c"]);
    expect(server.seen).toHaveLength(2);
  });
});

describe("bad input is rejected before any request", () => {
  it("names what is wrong", async () => {
    const transport = makeTransport("undici", server.url, createTestClock());
    await expect(transport.request({ method: "GET", path: "v2/owners" })).rejects.toThrow(TypeError);
    await expect(transport.request({ method: "GET", path: "/v2/owners", query: { resultLimit: 10_001 } })).rejects.toThrow(/resultLimit must be an integer from 1 to 10000/);
    await expect(transport.request({ method: "GET", path: "/v2/owners", format: "yaml" as never })).rejects.toThrow(/format must be "json" or "xml"/);
    expect(() => transport.paginate({ method: "GET", path: "/v2/owners", pageSize: 0 })).toThrow(/pageSize must be an integer from 1 to 10000/);
    expect(() => transport.paginate({ method: "GET", path: "/v2/owners", pageSize: 10_001 })).toThrow(TypeError);
    expect(() => transport.paginate({ method: "GET", path: "owners" })).toThrow(/must start with "\/"/);
    expect(() => createTransport({ baseUrl: "not a url", env: {}, token: "x".repeat(20) })).toThrow(TcConfigError);
    expect(() => createTransport({ baseUrl: "cloud", env: {} })).toThrow(/TC_API_ACCESS_ID.*TC_API_SECRET_KEY.*TC_API_TOKEN/);
    expect(server.seen).toHaveLength(0);
  });
});
