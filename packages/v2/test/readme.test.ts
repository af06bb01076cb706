import { createSandbox } from "@tcapi/sandbox";
import { describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

describe("README quick start", () => {
  it("runs as written against the in-process sandbox", async () => {
    const sandbox = createSandbox();
    const client = createClient({
      baseUrl: sandbox.baseUrl,
      accessId: sandbox.accessId,
      secretKey: sandbox.secretKey,
      owner: sandbox.organization,
      fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    });

    await client.indicators.hosts.create({ hostName: "example.com", rating: 3, confidence: 60 });
    await client.indicators.hosts.at("example.com").tags.add("phishing");

    const seen: [string, string, string[] | undefined][] = [];
    for await (const indicator of client.indicators.list({ filters: [["summary", "^", "example"]], includeTags: true })) {
      seen.push([indicator.type, indicator.summary, indicator.tag?.map((t) => t.name)]);
    }
    expect(seen).toEqual([["Host", "example.com", ["phishing"]]]);
  });
});
