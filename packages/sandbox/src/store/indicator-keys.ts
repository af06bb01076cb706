import type { IndicatorTypeInfo } from "../catalog/indicator-catalog.js";

/** Values of these types compare case-sensitively (§10.1 casePreference "sensitive", URL paths). */
function caseSensitive(info: IndicatorTypeInfo): boolean {
  return info.casePreference === "sensitive" || info.name === "URL";
}

/** Uniqueness key for one identifying value of an indicator in an owner (§13 "one copy per owner"). */
export function valueKey(ownerId: number, info: IndicatorTypeInfo, value: string): string {
  return `${ownerId}|${info.name}|${caseSensitive(info) ? value : value.toLowerCase()}`;
}

/** Every key an indicator is found by: its summary, and for Files each hash on its own. */
export function keysOf(ownerId: number, info: IndicatorTypeInfo, summary: string, fields: Record<string, string>): string[] {
  if (info.name !== "File") return [valueKey(ownerId, info, summary)];
  return Object.values(fields).filter((v) => v !== "").map((hash) => valueKey(ownerId, info, hash));
}

/** Index list names: all / active, per owner and per owner+type. */
export function listKeys(ownerId: number, type: string): { all: string; typed: string; active: string; activeTyped: string } {
  return {
    all: `${ownerId}`,
    typed: `${ownerId}|${type}`,
    active: `a:${ownerId}`,
    activeTyped: `a:${ownerId}|${type}`,
  };
}
