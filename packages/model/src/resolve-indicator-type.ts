import type { IndicatorTypeInfo } from "./indicator-types.js";
import { INDICATOR_TYPES, findIndicatorType } from "./indicator-types.js";

/** Registry info for a type given as info or as any spelling findIndicatorType accepts. */
export function resolveIndicatorType(type: IndicatorTypeInfo | string): IndicatorTypeInfo {
  if (typeof type !== "string") return type;
  const found = findIndicatorType(type);
  if (found === undefined) throw new TypeError(unknownIndicatorTypeMessage(type));
  return found;
}

/** Like resolveIndicatorType, but undefined instead of throwing. */
export function lookupIndicatorType(type: IndicatorTypeInfo | string): IndicatorTypeInfo | undefined {
  return typeof type === "string" ? findIndicatorType(type) : type;
}

export function unknownIndicatorTypeMessage(name: string): string {
  const names = INDICATOR_TYPES.map((t) => t.name).join(", ");
  return `${JSON.stringify(name)} is not a known indicator type: use one of ${names} (or pass the IndicatorTypeInfo of a custom type)`;
}
