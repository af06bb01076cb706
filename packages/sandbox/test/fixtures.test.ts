import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { FIXTURE_DIR } from "@tcapi/test-fixtures";
import { describe, expect, it } from "vitest";
import { FixtureWorld } from "./fixture-world.js";
import { call } from "./helpers.js";
import { preparePath } from "./prepare-path.js";
import { shapeDiff } from "./shape.js";

const DIR = FIXTURE_DIR;

interface Entry { file: string; method: string; path: string; kind: "request" | "response"; format: "json" | "xml"; valid: boolean; httpStatus?: number }

const entries = JSON.parse(readFileSync(`${DIR}/index.json`, "utf8")) as Entry[];

/**
 * Documented pairs the sandbox cannot answer in the documented shape, with the reason.
 * Responses printed as invalid JSON (index.json `valid: false`) are skipped automatically,
 * as are paths with `{placeholders}` (templates, not examples).
 */
const SKIP: Record<string, string> = {
  "113-get-types-indicatortypes-res.json": "an excerpt of one list element, not a response",
  "155-get-types-indicatortypes-res.json": "malformed beyond lenient repair; uses list key indicator instead of indicatorType (§14.3)",
  "185-get-owners-1-metrics-res.json": "malformed beyond lenient repair (elided elements); fixture 300 covers the same endpoint",
  "189-get-owners-mine-members-res.json": "anonymous-membership variant; the sandbox organization lists named members (fixture 190)",
  "239-get-tasks-12345-groups-res.json": "doc example uses the data key task for a group list (§14.4); the sandbox answers group[]",
  "140-get-indicators-files-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-res.json": "doc prints a list endpoint as a single object (§14.7); the sandbox returns fileOccurrence[]",
};

/**
 * Examples printed as invalid JSON (trailing commas, unquoted keys, missing commas) are
 * repaired leniently so they can still be compared; what cannot be repaired is in SKIP.
 */
function lenientJson(text: string): unknown {
  const repaired = text
    .replace(/,(\s*[}\]])/g, "$1")
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":')
    .replace(/(["\d\]}el])(\s*\n\s*")/g, "$1,$2");
  return JSON.parse(repaired) as unknown;
}

/** Documented failures need the situation that causes them (batch still running, upload too big). */
const RUNNING_ERRORS = new Set(["014-get-batch-12345-errors-res.json", "033-get-batch-12345-errors-res.json"]);
const TOO_BIG = new Set(["011-post-batch-12345-res.json", "030-post-batch-12345-res.json"]);

const pairs = entries
  .filter((e) => e.kind === "response" && (e.format === "json" || e.valid))
  .filter((e) => !e.path.includes("{"))
  .map((response) => {
    // The request printed just before a response is its pair (several examples share a path).
    const before = entries.slice(0, entries.indexOf(response)).reverse();
    const request = before.find((e) => e.kind === "request" && e.valid && e.method === response.method && e.path === response.path && e.format === "json");
    return { response, request };
  });

function readJson(file: string): unknown {
  return lenientJson(readFileSync(`${DIR}/${file}`, "utf8"));
}

/** Every element becomes an array so single and repeated siblings compare alike. */
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: () => true, parseTagValue: false });

describe("documented examples", () => {
  it("pairs every documented response with a request it can exercise", () => {
    expect(pairs.length).toBeGreaterThan(150);
  });

  for (const { response, request } of pairs) {
    const reason = SKIP[response.file];
    const test = reason === undefined ? it : it.skip;
    test(`${response.file}: ${response.method} ${response.path}`, async () => {
      const world = new FixtureWorld(RUNNING_ERRORS.has(response.file) ? 2_000 : 0);
      const path = RUNNING_ERRORS.has(response.file) ? await queuedJobErrorsPath(world) : await preparePath(world, response.method, response.path);
      let body = TOO_BIG.has(response.file) ? { indicator: [{ type: "Host", summary: "x".repeat(2_000_001) }] } : request ? readJson(request.file) : defaultBody(response.method, response.path);
      if (response.path === "/v2/batch" && typeof body === "object" && body !== null) body = { ...body, owner: world.sandbox.organization };

      const options = response.format === "xml" ? { accept: "application/xml" } : {};
      const res = body === undefined
        ? await call(world.sandbox, response.method, path, options)
        : path.startsWith("/v2/batch/") || path.endsWith("/upload")
          ? await call(world.sandbox, response.method, path, { ...options, raw: JSON.stringify(body) })
          : await call(world.sandbox, response.method, path, { ...options, body });
      const text = await res.text();
      if (response.httpStatus !== undefined) expect(res.status, text).toBe(response.httpStatus);
      else expect(res.status, text).toBeLessThan(300);

      if (response.format === "xml") {
        const documented = xml.parse(readFileSync(`${DIR}/${response.file}`, "utf8")) as unknown;
        expect(shapeDiff(documented, xml.parse(text))).toEqual([]);
      } else if (response.method === "POST" && response.path.includes("/data") && !response.path.includes("returnValue")) {
        expect(res.status).toBe(204);
      } else {
        expect(shapeDiff(readJson(response.file), JSON.parse(text))).toEqual([]);
      }
    }, 30_000);
  }
});

/** A job whose input is uploaded but not yet processed, and the path of its error list. */
async function queuedJobErrorsPath(world: FixtureWorld): Promise<string> {
  const made = await world.ok("POST", "/v2/batch", { version: "V2", owner: world.sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append" });
  const id = (made.data as { batchId: number }).batchId;
  await world.upload(`/v2/batch/${id}`, "[]");
  return `/v2/batch/${id}/errors`;
}

/** Bodies for documented responses whose request example is absent or a template. */
function defaultBody(method: string, path: string): unknown {
  if (method === "POST" && path.endsWith("/attributes")) return { type: "Description", value: "Example", displayed: true };
  if (method === "POST" && path.endsWith("/groups/documents")) return { name: "file", fileName: "file.zip" };
  if (method === "POST" && /\/v2\/batch\/\d+$/.test(path)) return { indicator: [{ type: "Host", summary: "example.com" }] };
  if (method === "POST" && path.endsWith("/upload")) return "document bytes";
  if (method === "PUT" && path.endsWith("/upload")) return "document bytes";
  if (method === "POST" && path.endsWith("/publish")) return { securityLabelList: [], excludeUnlabeled: false };
  if (method === "POST" && path === "/v2/batch") return { version: "V2", owner: "", haltOnError: false, action: "Create", attributeWriteType: "Append" };
  return undefined;
}
