import { describe, expect, it } from "vitest";
import { checkSchema, createClient, schemas, type Schema } from "../src/index.js";
import { COVERAGE_CALLS } from "./coverage-calls.js";
import { DOCUMENTED_ENDPOINTS } from "./documented-endpoints.js";
import { DECODERS } from "./fixture-decoders.js";
import { readFixture, readFixtureIndex, type FixtureEntry } from "./support/fixtures.js";

/**
 * Every documented response example is served to the client as the server's answer, through
 * the real transport, and what the client method returns is checked against the entity schema
 * with undeclared keys reported (strict).
 */

const patterns = DOCUMENTED_ENDPOINTS.map((endpoint) => {
  const [method, path] = endpoint.split(" ") as [string, string];
  const literal = path.split("/").filter((s) => !s.startsWith("{")).length;
  return { endpoint, method, literal, regex: new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}/?$`) };
});

/** The documented endpoint a fixture belongs to (most literal match) and its placeholder values. */
function endpointOf(entry: FixtureEntry): { endpoint: string; params: string[] } | undefined {
  const path = entry.path.split("?")[0]!;
  const match = patterns
    .filter((p) => p.method === entry.method && p.regex.test(path))
    .sort((a, b) => b.literal - a.literal)[0];
  if (match === undefined) return undefined;
  const values = match.regex.exec(path)!.slice(1).map((v) => decodeURIComponent(v));
  return { endpoint: match.endpoint, params: values };
}

/** Fixtures the reference itself flags as inconsistent (§14), with what the client does instead. */
const KNOWN_INCONSISTENT: Record<string, string> = {
  // §14 item 4: group pivot of a task printed under `task`; the client reads `group` and finds none.
  "239-get-tasks-12345-groups-res.json": "empty",
  // §14 item 11: the victim asset update example omits the asset id from the path.
  "282-put-victims-12345-victimassets-networkaccounts-res.json": "victimAssetUpdate",
};

function clientServing(entry: FixtureEntry) {
  const body = readFixture(entry.file);
  const contentType = entry.format === "xml" ? "application/xml" : "application/json";
  const status = entry.httpStatus ?? 200;
  return createClient({
    baseUrl: "http://127.0.0.1/api",
    accessId: "fixture-id",
    secretKey: "fixture-secret",
    format: entry.format,
    env: {},
    retry: { attempts: 1 },
    fetch: () => Promise.resolve(new Response(status === 204 ? null : body, { status, headers: { "content-type": contentType } })),
  });
}

async function outcome(result: Promise<unknown> | AsyncIterable<unknown>): Promise<{ items?: unknown[]; value?: unknown }> {
  if (Symbol.asyncIterator in result) {
    const items: unknown[] = [];
    for await (const item of result) items.push(item);
    return { items };
  }
  return { value: await result };
}

function check(schema: Schema, value: unknown): string[] {
  return checkSchema(schema, value, { strict: true });
}

const responses = readFixtureIndex().filter((entry) => entry.kind === "response");
const valid = responses.filter((entry) => entry.valid && KNOWN_INCONSISTENT[entry.file] === undefined);

describe("documented response fixtures decode into the declared types", () => {
  it("maps every response fixture to a documented endpoint", () => {
    const unmatched = responses.filter((e) => endpointOf(e) === undefined && KNOWN_INCONSISTENT[e.file] === undefined);
    expect(unmatched.map((e) => e.file)).toEqual([]);
  });

  it.each(valid.map((e) => [e.file, e] as const))("%s", async (_file, entry) => {
    const { endpoint, params } = endpointOf(entry)!;
    const decoder = DECODERS[endpoint] ?? {};
    const client = clientServing(entry);
    const call = decoder.call ?? ((c: typeof client) => COVERAGE_CALLS[endpoint]!(c));

    const { items, value } = await outcome(call(client, params));

    if (decoder.schema === undefined) {
      // Acknowledgements ({"status":"Success"}) and id/void answers: no entity to check.
      expect(items ?? []).toEqual([]);
      return;
    }
    const list = items ?? (Array.isArray(value) ? (value as unknown[]) : undefined);
    if (list !== undefined) {
      // A recorded answer of `{}` (fixture 302) holds no items; every other list example does.
      if (readFixture(entry.file).trim() !== "{}") expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(check(decoder.schema, item)).toEqual([]);
    } else {
      expect(check(decoder.schema, value)).toEqual([]);
    }
  });

  it("decodes the anonymous members form and the batch id", async () => {
    const anonymous = responses.find((e) => e.file === "189-get-owners-mine-members-res.json")!;
    expect(await clientServing(anonymous).owners.members()).toEqual({ anonymous: true, members: [{ pseudonym: "test" }, { pseudonym: "test2" }] });
    const created = responses.find((e) => e.file === "008-post-batch-res.json")!;
    expect(await clientServing(created).batch.create({ owner: "Example Organization" })).toBeTypeOf("number");
  });

  it("handles the fixtures the reference marks inconsistent", async () => {
    const pivot = responses.find((e) => e.file === "239-get-tasks-12345-groups-res.json")!;
    const groups: unknown[] = [];
    for await (const group of clientServing(pivot).tasks.at(12345).groups.list()) groups.push(group);
    expect(groups).toEqual([]);

    const update = responses.find((e) => e.file === "282-put-victims-12345-victimassets-networkaccounts-res.json")!;
    const asset = await clientServing(update).victims.at(12345).assets.update("networkAccounts", 1, { account: "a" });
    expect(check(schemas.victimAssetSchema, asset)).toEqual([]);
  });

  it.each(responses.filter((e) => !e.valid).map((e) => [e.file, e] as const))(
    "%s (not well-formed as printed) fails with an Error, never hangs",
    async (_file, entry) => {
      const match = endpointOf(entry)!;
      const call = DECODERS[match.endpoint]?.call ?? ((c: ReturnType<typeof clientServing>) => COVERAGE_CALLS[match.endpoint]!(c));
      await expect(outcome(call(clientServing(entry), match.params))).rejects.toBeInstanceOf(Error);
    },
  );
});
