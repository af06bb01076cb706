import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

describe("request semantics", () => {
  it("answers unknown paths with the documented 404", async () => {
    const res = await callJson(createSandbox(), "GET", "/v2/nothing/here");
    expect(res).toEqual({ status: 404, json: { status: "Failure", message: "The requested resource was not found" } });
  });

  it("refuses an owner that does not exist with 403", async () => {
    const res = await callJson(createSandbox(), "GET", "/v2/indicators?owner=Nobody");
    expect(res).toEqual({ status: 403, json: { status: "Failure", message: "The requested owner was not found" } });
  });

  it("rejects malformed JSON, a wrong content type and an unknown type with a 4xx, never a 500", async () => {
    const sandbox = createSandbox();
    const malformed = await call(sandbox, "POST", "/v2/indicators/hosts", { raw: "{nope", contentType: "application/json" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { message: string }).message).toMatch(/not valid JSON/);

    const wrongType = await call(sandbox, "POST", "/v2/indicators/hosts", { raw: "hostName=x", contentType: "text/plain" });
    expect(wrongType.status).toBe(415);

    const unknown = await callJson(sandbox, "POST", "/v2/indicators/widgets", { body: { x: 1 } });
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toMatch(/Unknown indicator type "widgets"/);
  });

  it("names the field and rule for an invalid indicator value and changes nothing", async () => {
    const sandbox = createSandbox();
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["asns", { "AS Number": "AS 12345" }, /ASN/],
      ["cidrBlocks", { Block: "abc:def:10::/48" }, /./],
      ["hosts", { hostName: "österreich.icom.museum" }, /./],
      ["urls", { text: "http://EXAMPLE.com/" }, /./],
      ["registryKeys", { "Key Name": "HKLM\\Software", "Value Name": " ", "Value Type": "REG_SZ" }, /HKEY/],
      ["files", { md5: "abc" }, /./],
      ["addresses", { ip: "300.1.1.1" }, /./],
      ["hosts", { hostName: "ok.example.com", rating: 7 }, /rating/],
      ["hosts", { hostName: "ok.example.com", confidence: 50.5 }, /confidence/],
    ];
    for (const [branch, body, rule] of cases) {
      const res = await callJson(sandbox, "POST", `/v2/indicators/${branch}`, { body });
      expect(res.status, `${branch} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json.status).toBe("Failure");
      expect(String(res.json.message)).toMatch(rule);
    }
    const all = await callJson(sandbox, "GET", "/v2/indicators?filters=active%3Dtrue,active%3Dfalse&orParams=true");
    expect(dataOf(all.json, "resultCount")).toBe(0);
  });

  it("refuses a second File that reuses a stored hash", async () => {
    const sandbox = createSandbox();
    const md5 = "a".repeat(32);
    expect((await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5, sha1: "b".repeat(40) } })).status).toBe(201);
    const clash = await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5, sha1: "c".repeat(40) } });
    expect(clash.status).toBe(400);
    expect(clash.json.message).toBe("The SHA-1 for this File is invalid, a File with this SHA-1 already exists");
  });

  it("pages as documented: resultCount only on the first page, limit above 10,000 refused", async () => {
    const sandbox = createSandbox();
    for (let i = 0; i < 5; i++) await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: `h${i}.example.com` } });
    const first = await callJson(sandbox, "GET", "/v2/indicators/hosts?resultStart=0&resultLimit=2");
    expect(dataOf(first.json, "resultCount")).toBe(5);
    expect((dataOf(first.json, "host") as unknown[]).length).toBe(2);
    const later = await callJson(sandbox, "GET", "/v2/indicators/hosts?resultStart=4&resultLimit=2");
    expect(dataOf(later.json, "resultCount")).toBeUndefined();
    expect((dataOf(later.json, "host") as { hostName: string }[]).map((h) => h.hostName)).toEqual(["h4.example.com"]);
    const tooMany = await callJson(sandbox, "GET", "/v2/indicators?resultLimit=10001");
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.message).toMatch(/maximum value for resultLimit is 10000/);
  });

  it("filters with the documented operators, ORs with orParams, and refuses unknown fields", async () => {
    const sandbox = createSandbox();
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "fancy.example.com", rating: 4, confidence: 90 } });
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "plain.example.com", rating: 1, confidence: 10 } });
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "gone.example.com", active: false } });

    const summaries = async (q: string): Promise<string[]> => {
      const res = await callJson(sandbox, "GET", q === "" ? "/v2/indicators" : `/v2/indicators?${q}`);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      return (dataOf(res.json, "indicator") as { summary: string }[]).map((i) => i.summary).sort();
    };
    expect(await summaries("")).toEqual(["fancy.example.com", "plain.example.com"]);
    expect(await summaries("filters=summary%5Efancy")).toEqual(["fancy.example.com"]);
    expect(await summaries("filters=rating%3E2")).toEqual(["fancy.example.com"]);
    expect(await summaries("filters=confidence%3C50,summary%5Eplain")).toEqual(["plain.example.com"]);
    expect(await summaries("filters=active%3Dtrue,active%3Dfalse&orParams=true")).toEqual(["fancy.example.com", "gone.example.com", "plain.example.com"]);
    const unknown = await callJson(sandbox, "GET", "/v2/indicators?filters=colour%3Dblue");
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toMatch(/Unknown filter field "colour"/);
  });

  it("keeps the identifying value when updating and answers PUT with the new fields", async () => {
    const sandbox = createSandbox();
    await callJson(sandbox, "POST", "/v2/indicators/emailAddresses", { body: { address: "bad@example.com", rating: 1 } });
    const put = await callJson(sandbox, "PUT", "/v2/indicators/emailAddresses/bad%40example.com", { body: { rating: 4, confidence: 80 } });
    expect((dataOf(put.json, "emailAddress") as { rating: number }).rating).toBe(4);
    const rename = await callJson(sandbox, "PUT", "/v2/indicators/emailAddresses/bad%40example.com", { body: { address: "other@example.com" } });
    expect(rename.status).toBe(400);
  });

  it("fills ids, ISO dates and web links like the real API", async () => {
    const now = Date.UTC(2017, 6, 13, 17, 50, 17);
    const sandbox = createSandbox({ now: () => now });
    const res = await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "example.com" }, timestamp: now / 1000 });
    const host = dataOf(res.json, "host") as Record<string, unknown>;
    expect(typeof host.id).toBe("number");
    expect(host.dateAdded).toBe("2017-07-13T17:50:17Z");
    expect(host.webLink).toBe("https://app.threatconnect.com/auth/indicators/details/host.xhtml?host=example.com&owner=Example+Organization");
  });

  it("serves indicators with encoded slashes and colons in the value", async () => {
    const sandbox = createSandbox();
    await callJson(sandbox, "POST", "/v2/indicators/urls", { body: { text: "http://example.com/" } });
    const got = await callJson(sandbox, "GET", "/v2/indicators/urls/http%3A%2F%2Fexample.com%2F");
    expect((dataOf(got.json, "url") as { text: string }).text).toBe("http://example.com/");
  });
});

describe("XML failures and logging", () => {
  it("renders a Failure in XML when XML was asked for", async () => {
    const res = await call(createSandbox(), "GET", "/v2/nothing", { accept: "application/xml" });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("<errorResponse><Status>Failure</Status><Message>The requested resource was not found</Message></errorResponse>");
  });

  it("logs method, path, status and duration without query values or headers", async () => {
    const lines: string[] = [];
    const sandbox = createSandbox({ log: (l) => lines.push(l) });
    await call(sandbox, "GET", "/v2/indicators?owner=Common%20Community&filters=summary%3Dsecret-looking");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/v2\/indicators 200 \d+ms$/);
  });
});
