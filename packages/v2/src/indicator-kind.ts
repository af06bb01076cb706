import { findIndicatorType } from "@tcapi/model";
import { GROUP_BRANCHES, INDICATOR_BRANCHES, type GroupKind, type IndicatorKind } from "./type-catalog.js";
import type { GroupTypeName } from "./entities.js";
import { fail } from "./validation-error.js";

/** The parts of a type descriptor from `client.indicatorTypes.list()` that address a type. @public */
export interface IndicatorTypeRef {
  readonly name: string;
  readonly apiBranch: string;
  readonly apiEntity: string;
}

/**
 * An indicator type given by name (`"Host"`), branch (`"hosts"`), entity (`"host"`), or as a
 * descriptor (for custom types of an instance).
 * @public
 */
export type IndicatorTypeInput = keyof typeof INDICATOR_BRANCHES | (string & {}) | IndicatorKind | IndicatorTypeRef;

/** A group type given by name (`"Incident"`), branch (`"incidents"`) or entity (`"incident"`). @public */
export type GroupTypeInput = GroupTypeName | (string & {});

/**
 * Resolves an indicator type. Built-in types resolve from the table; custom types from the
 * model's registry, or pass the descriptor from `client.indicatorTypes.list()`.
 * @public
 */
export function resolveIndicatorType(type: IndicatorTypeInput): IndicatorKind {
  if (typeof type === "object") {
    return "apiBranch" in type ? { name: type.name, branch: type.apiBranch, entity: type.apiEntity } : type;
  }

  const wanted = type.toLowerCase();
  for (const [name, info] of Object.entries(INDICATOR_BRANCHES)) {
    if ([name, info.branch, info.entity].some((n) => n.toLowerCase() === wanted)) {
      return { name, branch: info.branch, entity: info.entity };
    }
  }

  const known = findIndicatorType(type);
  if (known !== undefined) return { name: known.name, branch: known.apiBranch, entity: known.apiEntity };

  return fail(
    "type",
    "indicator-type",
    `Indicator type "${type}" is unknown; use one of ${Object.keys(INDICATOR_BRANCHES).join(", ")}, ` +
      "or pass a custom type's descriptor from client.indicatorTypes.list().",
  );
}

/** Resolves a group type by name, branch or entity, case-insensitively. @public */
export function resolveGroupType(type: GroupTypeInput): GroupKind {
  const wanted = type.toLowerCase();
  for (const [name, info] of Object.entries(GROUP_BRANCHES)) {
    if ([name, info.branch, info.entity].some((n) => n.toLowerCase() === wanted)) {
      return { name: name as GroupTypeName, branch: info.branch, entity: info.entity };
    }
  }
  return fail(
    "type",
    "group-type",
    `Group type "${type}" is unknown; use one of ${Object.keys(GROUP_BRANCHES).join(", ")}.`,
  );
}
