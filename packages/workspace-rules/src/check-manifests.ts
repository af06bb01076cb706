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
      problems.push(`${name}: "exports" must map "." to conditions that each give "types" first.`);
    }
    if (!existsSync(join(dir, "README.md"))) problems.push(`${name}: README.md is missing.`);
  }

  return problems;
}

function exportsRootWithTypes(exportsField: unknown): boolean {
  if (!isRecord(exportsField)) return false;

  const root = exportsField["."];
  return isRecord(root) && typesComeFirst(root);
}

/**
 * A condition object resolves with types when "types" is its first key, or when every
 * branch (for example "node" and "default") is itself such an object.
 */
function typesComeFirst(conditions: Record<string, unknown>): boolean {
  const keys = Object.keys(conditions);
  if (keys[0] === "types") return true;

  return keys.length > 0 && keys.every((key) => {
    const branch = conditions[key];
    return isRecord(branch) && typesComeFirst(branch);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
