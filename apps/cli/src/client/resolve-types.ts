import {
  findGroupType,
  findIndicatorType,
  INDICATOR_TYPES,
  validateIndicatorSummary,
  type GroupTypeInfo,
  type IndicatorTypeInfo,
} from "@tcapi/model";
import { UsageError } from "../errors/cli-error.js";

/** Finds an indicator type from a user's spelling (host, Host, hosts, "Registry Key", ...). */
export function indicatorType(input: string): IndicatorTypeInfo {
  const type = findIndicatorType(input);
  if (type === undefined) {
    const names = INDICATOR_TYPES.map((known) => known.name).join(", ");
    throw new UsageError(`Unknown indicator type "${input}": use one of ${names}.`);
  }
  return type;
}

/** Finds a group type from a user's spelling (incident, Incident, incidents, ...). */
export function groupType(input: string | undefined): GroupTypeInfo {
  if (input === undefined) {
    throw new UsageError("Groups are addressed by type and id: add --type, for example --type incident.");
  }
  const type = findGroupType(input);
  if (type === undefined) {
    throw new UsageError(
      `Unknown group type "${input}": use e.g. adversary, campaign, document, incident, report, threat.`,
    );
  }
  return type;
}

// Types whose values are recognisable on sight, most specific first; Host last since most text passes.
const GUESS_ORDER = ["Address", "CIDR", "EmailAddress", "URL", "ASN", "File", "Host"];

/** The indicator type from --type, or guessed from the value when --type is absent. */
export function indicatorTypeFor(value: string, typeInput: string | undefined): IndicatorTypeInfo {
  if (typeInput !== undefined) return indicatorType(typeInput);

  for (const name of GUESS_ORDER) {
    if (validateIndicatorSummary(name, value).ok) return indicatorType(name);
  }
  // Four dot-separated numbers can only be meant as an address, however far out of range they are.
  if (/^\d+(?:\.\d+){3}$/.test(value)) {
    throw new UsageError(
      `"${value}" looks like an IP address but is not a valid IPv4 address (each part is 0 to 255): fix the value, or add --type address.`,
    );
  }
  throw new UsageError(`Cannot tell the indicator type of "${value}": add --type, for example --type host.`);
}
