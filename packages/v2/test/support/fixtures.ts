import { readFileSync } from "node:fs";
import { FIXTURE_DIR } from "@tcapi/test-fixtures";

export { FIXTURE_DIR };

/** One entry of the fixtures' index.json. */
export interface FixtureEntry {
  file: string;
  method: string;
  path: string;
  kind: "request" | "response";
  format: "json" | "xml";
  valid: boolean;
  httpStatus?: number;
  note?: string;
}

export function readFixtureIndex(): FixtureEntry[] {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}/index.json`, "utf8")) as FixtureEntry[];
}

export function readFixture(file: string): string {
  return readFileSync(`${FIXTURE_DIR}/${file}`, "utf8");
}
