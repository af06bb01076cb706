import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { UsageError } from "../errors/cli-error.js";
import type { SettingKey } from "./setting-keys.js";

/** One named set of settings. */
export type Profile = Partial<Record<SettingKey, string>>;

/** The content of the profiles file. */
export interface ConfigFile {
  defaultProfile?: string;
  profiles: Record<string, Profile>;
}

/** Reads the profiles file; a missing file is an empty configuration. */
export async function readConfig(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
    throw new UsageError(`Cannot read the tcapi config file ${path}: ${(error as Error).message}.`);
  }

  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { ...parsed, profiles: parsed.profiles ?? {} };
  } catch {
    throw new UsageError(
      `The tcapi config file ${path} is not valid JSON; fix it by hand or delete it and run \`tcapi config set\` again.`,
    );
  }
}

/** Writes the profiles file readable by its owner only (0600), replacing it atomically. */
export async function writeConfig(path: string, config: ConfigFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });

  const temporary = `${path}.${String(process.pid)}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  // The mode given to writeFile is reduced by the umask; make the intent explicit.
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}
