import { fail } from "./validation-error.js";

/** Filter operators (API reference §7): equals, less, greater, starts-with, not-equal. @public */
export type FilterOperator = "=" | "<" | ">" | "^" | "!";

/** A filter value; dates are sent as ISO-8601. @public */
export type FilterValue = string | number | boolean | Date;

/** One filter as `[field, operator, value]`, e.g. `["rating", ">", 3]`. @public */
export type Filter<Field extends string = string> = readonly [Field, FilterOperator, FilterValue];

/** Filterable fields of indicators (§7). @public */
export type IndicatorFilterField =
  | "active" | "summary" | "dateAdded" | "rating" | "confidence" | "threatAssessScore"
  | "threatAssessRating" | "threatAssessConfidence" | "falsePositive"
  | "city" | "countryCode" | "countryName" | "organization" | "state" | "timezone" | "asn"
  | "whoisActive" | "dnsActive";

/** Filterable fields of groups (§7). @public */
export type GroupFilterField = "name" | "dateAdded" | "firstSeen" | "fileType" | "eventDate";

/** Filterable fields of tasks (§7). @public */
export type TaskFilterField =
  | "name" | "dateAdded" | "status" | "assignee" | "escalatee" | "overdue" | "escalated"
  | "reminded" | "dueDate";

/** Filterable fields of tags (§7). @public */
export type TagFilterField = "name" | "weight";

/** Filterable fields of victims and security labels (§7). @public */
export type NameFilterField = "name";

const OPERATORS = new Set(["=", "<", ">", "^", "!"]);

/**
 * Renders filters as the raw `filters` value, e.g. `summary^example,rating>3`.
 * The transport percent-encodes the whole value once (§7), so nothing is encoded here.
 * @public
 */
export function renderFilters(filters: readonly Filter[]): string {
  return filters.map(renderOne).join(",");
}

function renderOne(filter: Filter): string {
  const [field, operator, value] = filter;

  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(field)) {
    fail("filters", "field", `Filter field "${field}" is not a field name; use letters and digits only, e.g. "summary".`);
  }
  if (!OPERATORS.has(operator)) {
    fail("filters", "operator", `Filter operator "${operator}" on "${field}" is unknown; use one of = < > ^ !.`);
  }

  const text = value instanceof Date ? value.toISOString() : String(value);

  // The server splits the parameter on commas, so a comma inside a value would cut it in two.
  if (text.includes(",")) {
    fail("filters", "value", `Filter value "${text}" for "${field}" contains a comma, which separates filters; remove it.`);
  }
  return `${field}${operator}${text}`;
}
