import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as nodeEntry from "../src/node.js";
import * as webEntry from "../src/index.js";

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(PACKAGE_DIR, "dist");
const IMPORT_SPECIFIER = /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s*["']([^"']+)["']/g;

/** Every module reachable from a built entry file, with its import specifiers. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [join(DIST, entry)];

  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (graph.has(file)) {
      continue;
    }

    const specifiers = [...readFileSync(file, "utf8").matchAll(IMPORT_SPECIFIER)]
      .map((match) => match[1] ?? match[2] ?? match[3] ?? "");

    graph.set(file, specifiers);
    pending.push(...specifiers.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s)));
  }

  return graph;
}

describe("entry points", () => {
  it("the built default entry imports no node: module anywhere in its graph", () => {
    expect(existsSync(join(DIST, "index.js")), "run `pnpm run build` before the tests").toBe(true);

    const graph = importGraph("index.js");
    const specifiers = [...graph.values()].flat();

    expect(graph.size).toBeGreaterThan(5);
    expect(specifiers.filter((s) => s.startsWith("node:") || !s.startsWith("."))).toEqual([]);
    expect([...graph.keys()].some((file) => /["'`]node:/.test(readFileSync(file, "utf8")))).toBe(false);
  });

  it("the built node entry reaches node:crypto (so the check above can fail)", () => {
    const specifiers = [...importGraph("node.js").values()].flat();

    expect(specifiers).toContain("node:crypto");
  });

  it("both entries expose the same API; node adds signSync", () => {
    const webNames = Object.keys(webEntry).sort();
    const nodeNames = Object.keys(nodeEntry).sort();

    expect(nodeNames).toEqual([...webNames, "signSync"].sort());
    expect(webNames).toEqual(expect.arrayContaining([
      "computeSignature", "createHmacAuth", "createSignedFetch", "createTokenAuth",
      "requestTarget", "sign", "signatureMessage", "toCurl", "verifyRequest",
    ]));
  });

  it("package.json maps node to dist/node.js and everything else to dist/index.js, with types for both", () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as {
      exports: Record<string, Record<string, unknown>>;
      dependencies?: Record<string, string>;
    };

    expect(manifest.exports["."]).toEqual({
      node: { types: "./dist/node.d.ts", default: "./dist/node.js" },
      default: { types: "./dist/index.d.ts", default: "./dist/index.js" },
    });
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it("importing the package by name in Node selects the node entry", async () => {
    const self = (await import("@tcapi/auth")) as Record<string, unknown>;

    expect(typeof self.signSync).toBe("function");
  });
});
