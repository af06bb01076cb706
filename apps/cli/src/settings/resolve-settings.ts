import { UsageError } from "../errors/cli-error.js";
import type { ConfigFile } from "./config-store.js";
import { SETTING_KEYS, SETTING_NAMES, type SettingKey } from "./setting-keys.js";

/** Where a setting's value came from, for `tcapi config show`. */
export type SettingSource = "flag" | "env" | "profile";

/** The effective settings after applying flags, then environment, then the profile. */
export interface Settings {
  profile: string;
  values: Partial<Record<SettingKey, string>>;
  sources: Partial<Record<SettingKey, SettingSource>>;
}

/** Setting values given on the command line. */
export type SettingFlags = Partial<Record<SettingKey, string>> & { profile?: string };

/** Picks each setting from the first place that has it: flags, environment, then profile. */
export function resolveSettings(
  flags: SettingFlags,
  env: Record<string, string | undefined>,
  config: ConfigFile,
  configPath: string,
): Settings {
  const profile = chooseProfile(flags, env, config);
  const stored = config.profiles[profile];

  if (stored === undefined && (flags.profile !== undefined || nonEmpty(env.TC_PROFILE) !== undefined)) {
    throw new UsageError(
      `The profile "${profile}" does not exist in ${configPath}; create it with \`tcapi config set --profile ${profile} api-path <url>\` or pick another with --profile.`,
    );
  }

  const values: Settings["values"] = {};
  const sources: Settings["sources"] = {};

  for (const key of SETTING_KEYS) {
    const fromFlag = nonEmpty(flags[key]);
    const fromEnv = nonEmpty(env[SETTING_NAMES[key].env]);
    const fromProfile = nonEmpty(stored?.[key]);

    if (fromFlag !== undefined) {
      values[key] = fromFlag;
      sources[key] = "flag";
    } else if (fromEnv !== undefined) {
      values[key] = fromEnv;
      sources[key] = "env";
    } else if (fromProfile !== undefined) {
      values[key] = fromProfile;
      sources[key] = "profile";
    }
  }

  return { profile, values, sources };
}

/** The profile name in effect: --profile, then TC_PROFILE, then the saved default, then "default". */
export function chooseProfile(
  flags: SettingFlags,
  env: Record<string, string | undefined>,
  config: ConfigFile,
): string {
  return nonEmpty(flags.profile) ?? nonEmpty(env.TC_PROFILE) ?? config.defaultProfile ?? "default";
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
