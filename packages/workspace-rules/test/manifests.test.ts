import { describe, expect, it } from "vitest";
import { findManifestProblems } from "../src/check-manifests.js";
import { readWorkspacePackages } from "../src/workspace.js";

describe("findManifestProblems", () => {
  it("finds every published package ready to publish on its own", () => {
    expect(findManifestProblems(readWorkspacePackages())).toEqual([]);
  });

  it("names each missing piece of publish metadata", () => {
    const problems = findManifestProblems([
      { dir: "/nowhere", manifest: { name: "@tcapi/bare", exports: { ".": "./dist/index.js" } } },
    ]);
    expect(problems).toEqual([
      '@tcapi/bare: "type" must be "module".',
      '@tcapi/bare: "sideEffects" must be false.',
      '@tcapi/bare: "files" must list "dist".',
      '@tcapi/bare: "engines.node" must be ">=20.19".',
      '@tcapi/bare: "exports" must map "." to conditions that each give "types" first.',
      "@tcapi/bare: README.md is missing.",
    ]);
  });

  it("accepts per-runtime conditions that each give types first", () => {
    const manifest = {
      name: "@tcapi/split",
      exports: {
        ".": {
          node: { types: "./dist/node.d.ts", default: "./dist/node.js" },
          default: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        },
      },
    };
    const problems = findManifestProblems([{ dir: "/nowhere", manifest }]);
    expect(problems.filter((p) => p.includes('"exports"'))).toEqual([]);
  });

  it("rejects a runtime branch that has no types", () => {
    const manifest = {
      name: "@tcapi/split",
      exports: { ".": { node: "./dist/node.js", default: { types: "./dist/index.d.ts", default: "./dist/index.js" } } },
    };
    const problems = findManifestProblems([{ dir: "/nowhere", manifest }]);
    expect(problems).toContain('@tcapi/split: "exports" must map "." to conditions that each give "types" first.');
  });
});
