import { describe, expect, it } from "vitest";
import { findLayerViolations } from "../src/check-layers.js";
import { LAYERS } from "../src/layers.js";
import { readWorkspacePackages, type PackageManifest } from "../src/workspace.js";

const fake = (manifest: PackageManifest) => ({ dir: "/nowhere", manifest });

describe("findLayerViolations", () => {
  it("finds nothing wrong in this workspace", () => {
    expect(findLayerViolations(readWorkspacePackages())).toEqual([]);
  });

  it("sees every package of the layer table in the workspace", () => {
    const names = readWorkspacePackages().map((p) => p.manifest.name);
    for (const name of Object.keys(LAYERS)) expect(names).toContain(name);
  });

  it("rejects an upward dependency", () => {
    const problems = findLayerViolations([
      fake({ name: "@tcapi/transport", dependencies: { "@tcapi/v2": "workspace:^" } }),
    ]);
    expect(problems).toEqual([
      "@tcapi/transport (layer 1) depends upward on @tcapi/v2 (layer 2).",
    ]);
  });

  it("rejects a sideways dependency, even as a dev dependency", () => {
    const problems = findLayerViolations([
      fake({ name: "@tcapi/transport", devDependencies: { "@tcapi/sandbox": "workspace:^" } }),
    ]);
    expect(problems).toEqual([
      "@tcapi/transport (layer 1) depends sideways on @tcapi/sandbox (layer 1).",
    ]);
  });

  it("rejects any runtime dependency of @tcapi/auth", () => {
    const problems = findLayerViolations([
      fake({ name: "@tcapi/auth", dependencies: { "left-pad": "^1.0.0" } }),
    ]);
    expect(problems).toEqual(["@tcapi/auth must have no runtime dependencies, but lists left-pad."]);
  });

  it("allows dev-only tooling in @tcapi/auth", () => {
    expect(
      findLayerViolations([fake({ name: "@tcapi/auth", devDependencies: { vitest: "^4.0.0" } })]),
    ).toEqual([]);
  });

  it("asks for a layer for a published package the table does not know", () => {
    expect(findLayerViolations([fake({ name: "@tcapi/newcomer" })])).toEqual([
      "@tcapi/newcomer is published but has no layer; add it to LAYERS.",
    ]);
  });

  it("ignores private workspace tooling", () => {
    expect(
      findLayerViolations([fake({ name: "@tcapi/tools", private: true, dependencies: { tcapi: "*" } })]),
    ).toEqual([]);
  });
});
