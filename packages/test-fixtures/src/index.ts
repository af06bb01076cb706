import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The documented request and response examples live in the shared reference beside this
 * repository (`../shared/reference/v2-fixtures`), not inside it: they are the API vendor's
 * examples, read as test data and never copied. `TCAPI_FIXTURES_DIR` points elsewhere.
 */
const WORKSPACE_ROOT = resolve(import.meta.dirname, "../../..");

/** Absolute path of the folder holding the fixture files and their `index.json`. */
export const FIXTURE_DIR: string =
  process.env.TCAPI_FIXTURES_DIR ?? resolve(WORKSPACE_ROOT, "../shared/reference/v2-fixtures");

/** One entry of the fixtures' `index.json`. */
export interface FixtureEntry {
  file: string;
  method: string;
  path: string;
  kind: "request" | "response";
  format: "json" | "xml";
  source: string;
  valid: boolean;
  line?: number;
  note?: string;
  httpStatus?: number;
}

/** Throws a message that says where the fixtures were expected and how to point at them. */
export function assertFixturesPresent(): void {
  if (existsSync(join(FIXTURE_DIR, "index.json"))) return;

  throw new Error(
    `The documented API examples were not found at ${FIXTURE_DIR}. ` +
      "Place the shared reference beside this repository, or set TCAPI_FIXTURES_DIR to the folder holding index.json.",
  );
}

/** The parsed `index.json`. */
export function readFixtureIndex(): FixtureEntry[] {
  assertFixturesPresent();
  return JSON.parse(readFileSync(join(FIXTURE_DIR, "index.json"), "utf8")) as FixtureEntry[];
}

/** The text of one fixture file, exactly as documented. */
export function readFixtureText(file: string): string {
  assertFixturesPresent();
  return readFileSync(join(FIXTURE_DIR, file), "utf8");
}

/** Path of one fixture file. */
export function fixturePath(file: string): string {
  return join(FIXTURE_DIR, file);
}
