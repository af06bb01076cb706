import { describe, expect, it } from "vitest";
import { createClient, ROUTES } from "../src/index.js";
import { COVERAGE_CALLS, type Call } from "./coverage-calls.js";
import { DOCUMENTED_ENDPOINTS, normalizeRoute } from "./documented-endpoints.js";
import { recordingTransport } from "./support/recording-transport.js";

async function run(call: Call, transport: ReturnType<typeof recordingTransport>) {
  const result = call(createClient({ transport }));
  if (Symbol.asyncIterator in result) {
    for await (const item of result) expect(item).toBeDefined();
    return;
  }

  // The recording transport's answers are not real entities; only the request matters here.
  await result.catch(() => undefined);
}

describe("endpoint coverage", () => {
  const documented = new Set(DOCUMENTED_ENDPOINTS.map(normalizeRoute));

  it("has one client call for every documented endpoint and no other", () => {
    expect(Object.keys(COVERAGE_CALLS).sort()).toEqual([...DOCUMENTED_ENDPOINTS].sort());
  });

  it.each(DOCUMENTED_ENDPOINTS)("%s is called by its method", async (route) => {
    const transport = recordingTransport();
    const call = COVERAGE_CALLS[route];
    expect(call, `no client method for ${route}`).toBeDefined();

    await run(call!, transport);

    expect(transport.sent.length).toBeGreaterThan(0);
    const first = transport.sent[0]!;
    expect(normalizeRoute(`${first.method} ${first.path}`)).toBe(normalizeRoute(route));
    for (const name of first.path.matchAll(/\{(\w+)\}/g)) expect(first.params?.[name[1]!]).toBeDefined();
  });

  it("never routes to an undocumented path", () => {
    const undocumented = ROUTES.filter((route) => !documented.has(normalizeRoute(route)));
    expect(undocumented).toEqual([]);
    expect(ROUTES).toHaveLength(DOCUMENTED_ENDPOINTS.length);
  });
});
