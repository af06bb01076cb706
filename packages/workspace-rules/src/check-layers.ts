import { DEPENDENCY_FREE, LAYERS } from "./layers.js";
import { runtimeDependencies, type WorkspacePackage } from "./workspace.js";

/** Every way the packages break the layer table, as sentences a reviewer can act on. */
export function findLayerViolations(packages: readonly WorkspacePackage[]): string[] {
  const problems: string[] = [];

  for (const { manifest } of packages) {
    if (manifest.private) continue;

    const layer = LAYERS[manifest.name];
    if (layer === undefined) {
      problems.push(`${manifest.name} is published but has no layer; add it to LAYERS.`);
      continue;
    }

    if (DEPENDENCY_FREE.includes(manifest.name) && runtimeDependencies(manifest).length > 0) {
      problems.push(
        `${manifest.name} must have no runtime dependencies, but lists ${runtimeDependencies(manifest).join(", ")}.`,
      );
    }

    const internal = [
      ...runtimeDependencies(manifest),
      ...Object.keys(manifest.devDependencies ?? {}),
    ].filter((name) => name in LAYERS);

    for (const dependency of internal) {
      const dependencyLayer = LAYERS[dependency] ?? Number.POSITIVE_INFINITY;
      if (dependencyLayer >= layer) {
        const direction = dependencyLayer === layer ? "sideways" : "upward";
        problems.push(
          `${manifest.name} (layer ${layer}) depends ${direction} on ${dependency} (layer ${dependencyLayer}).`,
        );
      }
    }
  }

  return problems;
}
