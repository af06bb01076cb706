import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import * as webEntry from "../src/index.js";
import * as nodeEntry from "../src/node.js";

const SRC = join(dirname(new URL(import.meta.url).pathname), "../src");

function importsReachableFrom(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(SRC, file), "utf8");
  for (const match of text.matchAll(/^(?:import|export)[^'"]*from\s+"([^"]+)"/gm)) {
    const target = match[1]!;
    if (target.startsWith("./")) importsReachableFrom(target.slice(2).replace(/\.js$/, ".ts"), seen);
    else seen.add(`external:${target}`);
  }
  return seen;
}

describe("entry points", () => {
  it("the default entry imports neither undici nor any node: module", () => {
    const externals = [...importsReachableFrom("index.ts")].filter((f) => f.startsWith("external:"));
    expect(externals.sort()).toEqual(["external:@tcapi/auth", "external:fast-xml-parser"]);
  });

  it("the node entry adds undici and exposes the same names", () => {
    const externals = [...importsReachableFrom("node.ts")].filter((f) => f.startsWith("external:"));
    expect(externals).toContain("external:undici");
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(webEntry).sort());
  });
});
