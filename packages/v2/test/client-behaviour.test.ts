import { createSandbox } from "@tcapi/sandbox";
import { describe, expect, it } from "vitest";
import { createClient, TcValidationError } from "../src/index.js";
import { sandboxClient } from "./support/sandbox-client.js";

describe("client behaviour", () => {
  it("reports bad input as a rejected promise or a failing iteration, never a synchronous throw", async () => {
    const { client } = sandboxClient();
    const pending = client.indicators.hosts.create({ hostName: "" });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toBeInstanceOf(TcValidationError);

    const listing = client.indicators.list({ pageSize: 0 });
    const iterator = listing[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow(/Page size 0/);
  });

  it("throws at once from a handle factory given a bad value", () => {
    const { client } = sandboxClient();
    expect(() => client.indicators.at("Host", "not a host")).toThrow(TcValidationError);
    expect(() => client.groups.at("Meeting", 1)).toThrow(/Group type "Meeting" is unknown/);
    expect(() => client.indicators.at("Hashtag", "#x")).toThrow(/Indicator type "Hashtag" is unknown/);
  });

  it("lists every problem of a rejected value with the rule it broke", async () => {
    const { client } = sandboxClient();
    const error = await client.indicators.hosts.create({ hostName: "ok.example", rating: 7, confidence: 101 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TcValidationError);
    const problems = (error as TcValidationError).problems.map((p) => p.field).sort();
    expect(problems).toEqual(["confidence", "rating"]);
  });

  it("offers a raw escape hatch for any path", async () => {
    const { client } = sandboxClient();
    const data = await client.request<{ owner: { name: string }[] }>("GET", "/v2/owners", { owner: null });
    expect(data.owner.map((o) => o.name)).toContain("Example Organization");
    const host = await client.request<{ host: { hostName: string } }>("POST", "/v2/indicators/{type}", {
      params: { type: "hosts" },
      body: { hostName: "raw.example" },
    });
    expect(host.host.hostName).toBe("raw.example");
  });

  it("honours a page size and a limit", async () => {
    const { client } = sandboxClient();
    await client.batch.import(Array.from({ length: 12 }, (_, i) => ({ type: "Host", summary: `p${i}.example` })), { poll: { initialDelayMs: 5 } });
    const seen: string[] = [];
    for await (const item of client.indicators.list({ pageSize: 5, limit: 7 })) seen.push(item.summary);
    expect(seen).toHaveLength(7);
    let all = 0;
    for await (const item of client.indicators.hosts.list({ pageSize: 5 })) all += item.hostName === "" ? 0 : 1;
    expect(all).toBe(12);
  });

  it("keeps the secret key out of errors", async () => {
    const sandbox = createSandbox();
    const secret = "wrong-secret-value-1234567890";
    const client = createClient({
      baseUrl: sandbox.baseUrl, accessId: sandbox.accessId, secretKey: secret, env: {},
      fetch: (input, init) => sandbox.fetch(new Request(input, init)), retry: { attempts: 1 },
    });
    const error = await client.whoami().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const shown = `${String(error)} ${(error as Error).stack ?? ""} ${JSON.stringify(error)}`;
    expect(shown).not.toContain(secret);
    expect(shown).not.toContain(sandbox.secretKey);
  });
});
