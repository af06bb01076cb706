import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

/** A small seeded generator so a failure names a reproducible request. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

const SEGMENTS = ["", "%", "%zz", "%00", "..", "-1", "99999999999999999999999", "1e9", "a%2Fb", "%E2%82", "%C3%A9", "x".repeat(3000), "null", "0", "constructor", "__proto__", "toString"];
const QUERIES = ["", "?resultLimit=%", "?filters=%3D%3D", "?filters=summary%3D%25", "?owner=%FF", "?owner=__proto__", "?includes=zzz", "?resultStart=-0", "?filters=,,,", "?modifiedSince=2020-13-45", "?filters=__proto__%3D1", "?includeAdditional=true&includeTags=true&includeAttributes=true"];
const BODIES = ["", "{", "[]", "null", "1", "\"s\"", "{}", "{\"name\":null}", "{\"name\":{}}", "{\"name\":1e400}", "{\"__proto__\":{\"x\":1}}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), "{\"name\":\"x\",\"eventDate\":\"nope\",\"fileName\":5}", "{\"count\":-1}", "{\"assignee\":[{\"userName\":1}]}", "{\"owner\":\"Example Organization\",\"haltOnError\":\"x\"}"];
const CONTENT_TYPES = ["application/json", "application/octet-stream", "text/xml"];
const METHODS = ["GET", "POST", "PUT", "DELETE"];

async function seedFamilies(sandbox: Sandbox): Promise<string[]> {
  await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "fuzz.example.com" } });
  const incident = dataOf((await callJson(sandbox, "POST", "/v2/groups/incidents", { body: { name: "i", eventDate: "2024-01-01" } })).json, "incident") as { id: number };
  const document = dataOf((await callJson(sandbox, "POST", "/v2/groups/documents", { body: { name: "d", fileName: "d.txt" } })).json, "document") as { id: number };
  const task = dataOf((await callJson(sandbox, "POST", "/v2/tasks", { body: { name: "t" } })).json, "task") as { id: number };
  const victim = dataOf((await callJson(sandbox, "POST", "/v2/victims", { body: { name: "v" } })).json, "victim") as { id: number };
  const batch = dataOf((await callJson(sandbox, "POST", "/v2/batch", { body: { version: "V2", owner: sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append" } })).json, "batchId") as number;
  return [
    "/v2/owners", "/v2/owners/mine/members", "/v2/whoami", "/v2/indicators", "/v2/indicators/hosts", "/v2/indicators/hosts/fuzz.example.com",
    "/v2/indicators/hosts/fuzz.example.com/attributes", "/v2/indicators/files/x/fileOccurrences", "/v2/indicators/bulk/json",
    "/v2/groups", `/v2/groups/incidents/${incident.id}`, `/v2/groups/documents/${document.id}/upload`, `/v2/groups/incidents/${incident.id}/victims/${victim.id}`,
    "/v2/tags/x", "/v2/securityLabels/TLP%3AAMBER/indicators", `/v2/tasks/${task.id}/assignees/x`, `/v2/victims/${victim.id}/victimAssets/webSites`,
    "/v2/batch", `/v2/batch/${batch}`, `/v2/batch/${batch}/errors`, "/v2/customMetrics", "/v2/notifications", "/v2/types/indicatorTypes",
  ];
}

describe("robustness", () => {
  it("answers a few hundred malformed requests across every route family without a 500, a trace or a secret", async () => {
    const sandbox = createSandbox();
    const families = await seedFamilies(sandbox);
    const pick = generator(20_260_101);
    const problems: string[] = [];

    for (let i = 0; i < 400; i++) {
      let path = families[pick(families.length)] ?? "/v2/owners";
      if (pick(3) === 0) path += `/${SEGMENTS[pick(SEGMENTS.length)] ?? ""}`;
      path += QUERIES[pick(QUERIES.length)] ?? "";
      const method = METHODS[pick(METHODS.length)] ?? "GET";
      const raw = method === "POST" || method === "PUT" ? BODIES[pick(BODIES.length)] : undefined;
      const options = raw === undefined ? {} : { raw, contentType: CONTENT_TYPES[pick(CONTENT_TYPES.length)] ?? "application/json" };
      const res = await call(sandbox, method, path, { ...options, accept: pick(3) === 0 ? "application/xml" : "application/json" });
      const text = await res.text();
      const label = `#${i} ${method} ${path.slice(0, 80)} → ${res.status}`;
      if (res.status >= 500) problems.push(`${label} ${text.slice(0, 120)}`);
      if (/\bat .+:\d+:\d+|node_modules|\.ts:\d+/.test(text)) problems.push(`${label} trace`);
      if (text.includes(sandbox.secretKey) || text.includes(sandbox.token)) problems.push(`${label} secret`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
