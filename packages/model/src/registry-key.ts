/** Registry key rules (reference §13 Registry Key). */

import { REGISTRY_VALUE_TYPES } from "./indicator-types.js";

/** Root keys a `Key Name` must start with. @public */
export const REGISTRY_KEY_ROOTS = [
  "HKEY_CLASSES_ROOT",
  "HKEY_CURRENT_CONFIG",
  "HKEY_CURRENT_USER",
  "HKEY_CURRENT_USER_LOCAL_SETTINGS",
  "HKEY_LOCAL_MACHINE",
  "HKEY_PERFORMANCE_DATA",
  "HKEY_PERFORMANCE_NLSTEXT",
  "HKEY_PERFORMANCE_TEXT",
  "HKEY_USERS",
] as const;

/** Abbreviations the API rejects, and the root each stands for. @public */
export const REGISTRY_ROOT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  HKCR: "HKEY_CLASSES_ROOT",
  HKCC: "HKEY_CURRENT_CONFIG",
  HKCU: "HKEY_CURRENT_USER",
  HKLM: "HKEY_LOCAL_MACHINE",
  HKPD: "HKEY_PERFORMANCE_DATA",
  HKU: "HKEY_USERS",
};

const ROOTS: ReadonlySet<string> = new Set(REGISTRY_KEY_ROOTS);
const VALUE_TYPES: ReadonlySet<string> = new Set(REGISTRY_VALUE_TYPES);

/** The text before the first backslash. */
export function registryRoot(keyName: string): string {
  const slash = keyName.indexOf("\\");
  return slash < 0 ? keyName : keyName.slice(0, slash);
}

/** Whether a Key Name starts with a full root key followed by `\` or nothing. @public */
export function isValidRegistryKeyName(keyName: string): boolean {
  return ROOTS.has(registryRoot(keyName));
}

/** Whether a Value Type is one of the REG_* options (case-sensitive, as the API lists them). @public */
export function isRegistryValueType(valueType: string): boolean {
  return VALUE_TYPES.has(valueType);
}

/**
 * The full root for an abbreviated, lower-case or PowerShell-drive root (`HKLM`, `hklm:`,
 * `hkey_local_machine`), or undefined when it names no root.
 */
export function fullRegistryRoot(root: string): string | undefined {
  const upper = (root.endsWith(":") ? root.slice(0, -1) : root).toUpperCase();
  if (ROOTS.has(upper)) return upper;
  return REGISTRY_ROOT_ABBREVIATIONS[upper];
}

/** Key Name with its root written out in full; unchanged when the root is unknown. */
export function normalizeRegistryKeyName(keyName: string): string {
  const root = registryRoot(keyName);
  if (ROOTS.has(root)) return keyName;
  const full = fullRegistryRoot(root);
  return full === undefined ? keyName : full + keyName.slice(root.length);
}

/** Value Type in the listed spelling when it matches one ignoring case; unchanged otherwise. */
export function normalizeRegistryValueType(valueType: string): string {
  const upper = valueType.trim().toUpperCase();
  return VALUE_TYPES.has(upper) ? upper : valueType;
}
