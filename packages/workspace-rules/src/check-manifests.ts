import { existsSync } from "node:fs";
import { join } from "node:path";
import type { WorkspacePackage } from "./workspace.js";

const REQUIRED_NODE_RANGE = ">=20.19";

/** Publish metadata every published package needs so that users can install it on its own. */
export function findManifestProblems(packages: readonly WorkspacePackage[]): string[] {
  const problems: string[] = [];

  for (const { dir, manifest } of packages) {
    if (manifest.private) continue;
    const name = manifest.name;

    if (manifest.type !== "module") problems.push(`${name}: "type" must be "module".`);
    if (manifest.sideEffects !== false) problems.push(`${name}: "sideEffects" must be false.`);
    if (!manifest.files?.includes("dist")) problems.push(`${name}: "files" must list "dist".`);
    if (manifest.engines?.node !== REQUIRED_NODE_RANGE) {
      problems.push(`${name}: "engines.node" must be "${REQUIRED_NODE_RANGE}".`);
    }
    if (!exportsRootWithTypes(manifest.exports)) {
      problems.push(`${name}: "exports" must map "." to an object whose first condition is "types".`);
    }
    if (!existsSync(join(dir, "README.md"))) problems.push(`${name}: README.md is missing.`);
  }

  return problems;
}

function exportsRootWithTypes(exportsField: unknown): boolean {
  if (typeof exportsField !== "object" || exportsField === null) return false;

  const root = (exportsField as Record<string, unknown>)["."];
  if (typeof root !== "object" || root === null) return false;

  return Object.keys(root)[0] === "types";
}
