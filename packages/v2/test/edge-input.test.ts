import { describe, expect, it } from "vitest";
import { TcValidationError } from "../src/index.js";
import { sandboxClient } from "./support/sandbox-client.js";

const MD5 = "d41d8cd98f00b204e9800998ecf8427e";
const SHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
const SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** A sandbox client whose requests are counted, to prove that refused input sends nothing. */
function countingClient() {
  const { client, sandbox } = sandboxClient();
  const sent: string[] = [];
  const original = sandbox.fetch.bind(sandbox);
  sandbox.fetch = (request: Request) => {
    sent.push(`${request.method} ${request.url}`);
    return original(request);
  };
  return { client, sent };
}

describe("edge input", () => {
  it("addresses a file by the summary a list returns, using its first hash", async () => {
    const { client, sent } = countingClient();
    await client.indicators.files.create({ md5: MD5, sha1: SHA1, sha256: SHA256, rating: 2 });

    const file = await client.indicators.get("File", `${MD5} : ${SHA1} : ${SHA256}`);
    expect(file.sha256).toBe(SHA256);
    const bySha = await client.indicators.files.at(`${SHA1} : ${SHA256}`).get();
    expect(bySha.md5).toBe(MD5);
    expect(sent.at(-1)).toContain(`/files/${SHA1}?`);
  });

  it("refuses an empty owner name instead of sending owner=", async () => {
    const { client, sent } = countingClient();
    await expect(client.indicators.hosts.get("example.com", { owner: "" })).rejects.toThrow(/The owner "" is not an owner name/);
    await expect(client.indicators.hosts.create({ hostName: "example.com" }, { owner: " " })).rejects.toBeInstanceOf(TcValidationError);
    expect(sent).toEqual([]);
  });

  it("refuses a create body that is not an object with a validation error", async () => {
    const { client, sent } = countingClient();
    await expect(client.indicators.hosts.create(null as never)).rejects.toBeInstanceOf(TcValidationError);
    await expect(client.indicators.create(undefined as never)).rejects.toBeInstanceOf(TcValidationError);
    expect(sent).toEqual([]);
  });

  it("refuses privateFlag on types that cannot be private (§13)", async () => {
    const { client, sent } = countingClient();
    const error = await client.indicators.asns.create({ "AS Number": "ASN1", privateFlag: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TcValidationError);
    expect((error as Error).message).toMatch(/privateFlag.*ASN/);
    expect(sent).toEqual([]);
  });

  it("checks `limit` like the page size and names it", async () => {
    const { client, sent } = countingClient();
    for (const limit of [Number.NaN, 2.5, -1]) {
      const iterator = client.indicators.list({ limit })[Symbol.asyncIterator]();
      const error = await iterator.next().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TcValidationError);
      expect((error as Error).message).toMatch(/limit/i);
    }
    expect(sent).toEqual([]);
  });

  it("fetches a single page when `limit` fits in one", async () => {
    const { client, sent } = countingClient();
    await client.batch.import(Array.from({ length: 12 }, (_, i) => ({ type: "Host", summary: `q${i}.example` })), { poll: { initialDelayMs: 5 } });
    const before = sent.length;
    const seen: string[] = [];
    for await (const item of client.indicators.list({ limit: 5 })) seen.push(item.summary);
    expect(seen).toHaveLength(5);
    expect(sent.slice(before)).toHaveLength(1);
  });

  it("refuses \".\" and \"..\" as path values with a validation error", async () => {
    const { client, sent } = countingClient();
    await expect(client.indicators.hosts.at("keep.example").tags.remove("..")).rejects.toBeInstanceOf(TcValidationError);
    await expect(client.tags.get(".")).rejects.toThrow(/cannot be sent in a URL path/);
    expect(sent).toEqual([]);
  });

  it("answers null arguments from untyped callers with a validation error, not a crash", async () => {
    const { client, sent } = countingClient();
    const calls: (() => unknown)[] = [
      () => client.groups.incidents.create(null as never),
      () => client.tasks.update(1, null as never),
      () => client.customMetrics.addData("runs", null as never),
      () => client.indicators.hosts.get("example.com", null as never),
      () => client.batch.create(null as never),
    ];
    for (const call of calls) {
      const error: unknown = await Promise.resolve(call()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TcValidationError);
      expect((error as Error).message).toMatch(/is null/);
    }
    expect(() => client.indicators.at(null as never, "x")).toThrow(TcValidationError);
    expect(sent).toEqual([]);
  });
});
