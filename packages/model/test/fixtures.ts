import { readFixtureIndex as fixtureIndex, readFixtureText as fixtureText, type FixtureEntry } from "@tcapi/test-fixtures";

// The shared API reference fixtures (read-only test data), read by the workspace's one fixture
// reader and exported under the names this package's tests use.
export { FIXTURE_DIR, type FixtureEntry } from "@tcapi/test-fixtures";
export { fixtureIndex, fixtureText };

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
