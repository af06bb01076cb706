import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The shared API reference fixtures (read-only test data). */
import { FIXTURE_DIR } from "@tcapi/test-fixtures";

export { FIXTURE_DIR };

export interface FixtureEntry {
  file: string;
  method: string;
  path: string;
  kind: "request" | "response";
  format: "json" | "xml";
  valid: boolean;
  note?: string;
}

export function fixtureIndex(): FixtureEntry[] {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, "index.json"), "utf8")) as FixtureEntry[];
}

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURE_DIR, file), "utf8");
}

/** Every well-formed JSON fixture, parsed. */
export function jsonFixtures(): { entry: FixtureEntry; body: unknown }[] {
  return fixtureIndex()
    .filter((e) => e.format === "json" && e.valid)
    .map((entry) => ({ entry, body: JSON.parse(fixtureText(entry.file)) as unknown }));
}

/** Calls `visit(node, key)` for every object in a parsed JSON tree; `key` is the property holding it. */
export function walk(node: unknown, visit: (node: Record<string, unknown>, key: string) => void, key = ""): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit, key);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  visit(record, key);
  for (const [childKey, child] of Object.entries(record)) walk(child, visit, childKey);
}
