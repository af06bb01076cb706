/** The settings tcapi needs to talk to a server, in their programmatic spelling. */
export type SettingKey = "apiPath" | "accessId" | "secretKey" | "token" | "owner";

/** How each setting is spelled on the command line, in the environment and in `tcapi config`. */
export const SETTING_NAMES: Readonly<Record<SettingKey, { env: string; config: string }>> = {
  apiPath: { env: "TC_API_PATH", config: "api-path" },
  accessId: { env: "TC_API_ACCESS_ID", config: "access-id" },
  secretKey: { env: "TC_API_SECRET_KEY", config: "secret-key" },
  token: { env: "TC_API_TOKEN", config: "token" },
  owner: { env: "TC_OWNER", config: "owner" },
};

/** Settings whose values must never be printed. */
export const SECRET_KEYS: readonly SettingKey[] = ["secretKey", "token"];

/** Every setting key, in display order. */
export const SETTING_KEYS: readonly SettingKey[] = ["apiPath", "accessId", "secretKey", "token", "owner"];

/** Finds the setting for a `tcapi config` key such as "access-id"; undefined when unknown. */
export function settingKeyFromConfigName(name: string): SettingKey | undefined {
  return SETTING_KEYS.find((key) => SETTING_NAMES[key].config === name);
}
