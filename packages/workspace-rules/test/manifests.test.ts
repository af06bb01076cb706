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
      '@tcapi/bare: "exports" must map "." to an object whose first condition is "types".',
      "@tcapi/bare: README.md is missing.",
    ]);
  });
});
