import type { CustomIndicator, Group, GroupsByType, GroupTypeName, Indicator, IndicatorsByType, IndicatorTypeName } from "./entities.js";
import type { GROUP_BRANCHES, INDICATOR_BRANCHES } from "./type-catalog.js";

type IndicatorByBranch = {
  [K in IndicatorTypeName as (typeof INDICATOR_BRANCHES)[K]["branch"] | (typeof INDICATOR_BRANCHES)[K]["entity"]]: IndicatorsByType[K];
};

type GroupByBranch = {
  [K in GroupTypeName as (typeof GROUP_BRANCHES)[K]["branch"] | (typeof GROUP_BRANCHES)[K]["entity"]]: GroupsByType[K];
};

/** The indicator entity for a type given by name or branch; other (custom) types give `CustomIndicator`. @public */
export type IndicatorOf<T> = T extends IndicatorTypeName
  ? IndicatorsByType[T]
  : T extends keyof IndicatorByBranch
    ? IndicatorByBranch[T]
    : T extends string
      ? CustomIndicator
      : Indicator | CustomIndicator;

/** The group entity for a type given by name or branch. @public */
export type GroupOf<T> = T extends GroupTypeName
  ? GroupsByType[T]
  : T extends keyof GroupByBranch
    ? GroupByBranch[T]
    : Group;
