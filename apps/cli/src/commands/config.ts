import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import type { Context } from "../context.js";
import { UsageError } from "../errors/cli-error.js";
import { promptSecret } from "../input/prompt-secret.js";
import { readConfig, writeConfig } from "../settings/config-store.js";
import { chooseProfile } from "../settings/resolve-settings.js";
import {
  SECRET_KEYS,
  SETTING_KEYS,
  SETTING_NAMES,
  settingKeyFromConfigName,
  type SettingKey,
} from "../settings/setting-keys.js";

const KEY_LIST = SETTING_KEYS.map((key) => SETTING_NAMES[key].config).join(", ");

/** `tcapi config`: named profiles in the user's config directory (file mode 0600). */
export function registerConfig(program: Command, host: CommandHost): void {
  const config = program
    .command("config")
    .description("manage saved profiles in $XDG_CONFIG_HOME/tcapi (or ~/.config/tcapi)");

  config
    .command("set")
    .description(
      `save a setting in the profile (${KEY_LIST}); without a value, or with "-", it is read from stdin`,
    )
    .argument("<key>", KEY_LIST)
    .argument("[value]", "the value; omit it for secrets so they stay out of shell history")
    .action(async (name: string, value: string | undefined, _options: unknown, command: Command) => {
      const context = host.context(command);
      const key = parseKey(name);
      const text = value === undefined || value === "-" ? await promptSecret(context.io, name) : value;
      if (text === "")
        throw new UsageError(`No value given for ${name}; pass it as an argument or on stdin.`);
      if (key === "apiPath") checkUrl(text);

      const { file, profile } = await load(context);
      file.profiles[profile] = { ...file.profiles[profile], [key]: text };
      await writeConfig(context.configPath, file);
      context.output.note(`Saved ${name} in profile "${profile}" (${context.configPath}).`);
    });

  config
    .command("unset")
    .description("remove a setting from the profile")
    .argument("<key>", KEY_LIST)
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const key = parseKey(name);
      const { file, profile } = await load(context);
      const stored = Object.entries(file.profiles[profile] ?? {}).filter(([name]) => name !== key);
      file.profiles[profile] = Object.fromEntries(stored);
      await writeConfig(context.configPath, file);
      context.output.note(`Removed ${name} from profile "${profile}".`);
    });

  config
    .command("get")
    .description("print one saved setting of the profile (secrets masked)")
    .argument("<key>", KEY_LIST)
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const key = parseKey(name);
      const { file, profile } = await load(context);
      const value = file.profiles[profile]?.[key];
      if (value === undefined) throw new UsageError(`${name} is not set in profile "${profile}".`);
      context.output.line(display(key, value));
    });

  config
    .command("show", { isDefault: true })
    .description("show the settings in effect and where each comes from (secrets masked)")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const settings = await context.settings();
      const rows = SETTING_KEYS.map((key) => {
        const value = settings.values[key];
        return {
          setting: SETTING_NAMES[key].config,
          value: value === undefined ? null : display(key, value),
          source: sourceLabel(settings.sources[key], key),
        };
      });

      if (context.output.json) {
        context.output.result({ profile: settings.profile, file: context.configPath, settings: rows });
        return;
      }
      context.output.note(`Profile "${settings.profile}" in ${context.configPath}`);
      context.output.result(rows);
    });

  config
    .command("list")
    .description("list the saved profiles")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const { file, profile } = await load(context);
      const rows = Object.keys(file.profiles).map((name) => ({
        profile: name,
        active: name === profile,
        apiPath: file.profiles[name]?.apiPath ?? null,
      }));
      context.output.result(rows);
    });

  config
    .command("use")
    .description("make a saved profile the default")
    .argument("<profile>", "profile name")
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const { file } = await load(context);
      if (file.profiles[name] === undefined) {
        throw new UsageError(
          `There is no profile "${name}"; create it with \`tcapi config set --profile ${name} ...\`.`,
        );
      }
      file.defaultProfile = name;
      await writeConfig(context.configPath, file);
      context.output.note(`Profile "${name}" is now the default.`);
    });

  config
    .command("delete")
    .description("delete a saved profile")
    .argument("<profile>", "profile name")
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const { file } = await load(context);
      if (file.profiles[name] === undefined) throw new UsageError(`There is no profile "${name}".`);
      // Rebuilt without the entry: deleting a dynamic key is disallowed by the lint rules.
      file.profiles = Object.fromEntries(Object.entries(file.profiles).filter(([key]) => key !== name));
      if (file.defaultProfile === name) delete file.defaultProfile;
      await writeConfig(context.configPath, file);
      context.output.note(`Deleted profile "${name}".`);
    });
}

async function load(context: Context) {
  const file = await readConfig(context.configPath);
  const profile = chooseProfile(
    context.globals.profile === undefined ? {} : { profile: context.globals.profile },
    context.io.env,
    file,
  );
  return { file, profile };
}

function parseKey(name: string): SettingKey {
  const key = settingKeyFromConfigName(name);
  if (key === undefined) throw new UsageError(`Unknown setting "${name}": use one of ${KEY_LIST}.`);
  return key;
}

function display(key: SettingKey, value: string): string {
  return SECRET_KEYS.includes(key) ? "******** (hidden)" : value;
}

function sourceLabel(source: string | undefined, key: SettingKey): string | null {
  if (source === "env") return `env ${SETTING_NAMES[key].env}`;
  return source ?? null;
}

function checkUrl(text: string): void {
  try {
    new URL(text);
  } catch {
    throw new UsageError(`"${text}" is not a URL; use e.g. https://app.threatconnect.com/api.`);
  }
}
