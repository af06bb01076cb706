import { describe, expect, it } from "vitest";
import { createClient } from "../src/index.js";

/** A client whose fetch records the URL and answers with an empty success. */
function recordingClient() {
  const urls: string[] = [];
  const client = createClient({
    baseUrl: "http://127.0.0.1/api",
    accessId: "id",
    secretKey: "secret",
    owner: "Example Organization",
    env: {},
    retry: { attempts: 1 },
    fetch: (input: Parameters<typeof fetch>[0]) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return Promise.resolve(Response.json({ status: "Success", data: { resultCount: 0, indicator: [], url: {}, address: {}, file: {} } }));
    },
  });
  return { client, urls };
}

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

describe("identifiers on the wire", () => {
  it("encodes a URL indicator once, as one path segment", async () => {
    const { client, urls } = recordingClient();
    await client.indicators.get("URL", "http://example.com/a%20b?c=d&e=/f");
    expect(pathOf(urls[0]!)).toBe("/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2Fa%2520b%3Fc%3Dd%26e%3D%2Ff?owner=Example%20Organization");
  });

  it("encodes IPv6 addresses, any file hash and label names", async () => {
    const { client, urls } = recordingClient();
    await client.indicators.addresses.get("2001:db8::1");
    await client.indicators.files.get("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    await client.indicators.hosts.at("example.com").securityLabels.add("TLP:AMBER");
    expect(urls.map(pathOf)).toEqual([
      "/api/v2/indicators/addresses/2001%3Adb8%3A%3A1?owner=Example%20Organization",
      "/api/v2/indicators/files/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855?owner=Example%20Organization",
      "/api/v2/indicators/hosts/example.com/securityLabels/TLP%3AAMBER?owner=Example%20Organization",
    ]);
  });

  it("sends filters encoded exactly once", async () => {
    const { client, urls } = recordingClient();
    for await (const item of client.indicators.list({ filters: [["summary", "^", "example"], ["rating", ">", 3]], orParams: true })) {
      expect(item).toBeDefined();
    }
    const query = new URL(urls[0]!).searchParams;
    expect(query.get("filters")).toBe("summary^example,rating>3");
    expect(urls[0]).toContain("filters=summary%5Eexample%2Crating%3E3");
    expect(query.get("orParams")).toBe("true");
  });

  it("sends no owner for entities addressed by id unless asked", async () => {
    const { client, urls } = recordingClient();
    await client.groups.incidents.at(12).tags.add("x").catch(() => undefined);
    await client.groups.incidents.at(12, { owner: "Common Community" }).tags.add("x").catch(() => undefined);
    expect(urls.map(pathOf)).toEqual([
      "/api/v2/groups/incidents/12/tags/x",
      "/api/v2/groups/incidents/12/tags/x?owner=Common%20Community",
    ]);
  });
});
