import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

export interface WorkspacePackage {
  dir: string;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name: string;
  version?: string;
  private?: boolean;
  type?: string;
  sideEffects?: boolean;
  files?: string[];
  engines?: Record<string, string>;
  exports?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export const WORKSPACE_ROOT = resolve(import.meta.dirname, "../../..");

/** Every package under the folders that pnpm-workspace.yaml names. */
export function readWorkspacePackages(root: string = WORKSPACE_ROOT): WorkspacePackage[] {
  const packages: WorkspacePackage[] = [];

  for (const group of ["packages", "apps"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;

    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      const manifestPath = join(groupDir, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;

      const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as PackageManifest;
      packages.push({ dir: join(groupDir, entry.name), manifest });
    }
  }

  return packages;
}

/** Names a package needs at run time (what its users' installs pull in). */
export function runtimeDependencies(manifest: PackageManifest): string[] {
  return [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ];
}
