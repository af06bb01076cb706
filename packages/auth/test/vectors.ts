import { readFileSync } from "node:fs";

/** A known answer computed with openssl by test/generate-vectors.ts. */
export interface Vector {
  note: string;
  secret: string;
  method: string;
  target: string;
  timestamp: number;
  message: string;
  expected: string;
}

export const VECTORS = JSON.parse(
  readFileSync(new URL("vectors.json", import.meta.url), "utf8"),
) as Vector[];
