import { GROUP_TYPES } from "./group-types.js";

/** A built-in indicator-to-indicator association type (reference §11.5). @public */
export interface IndicatorAssociationTypeInfo {
  /** Display name, e.g. `"ASN to CIDR"`. */
  readonly name: string;
  /** Path segment after `/associations/`, e.g. `"asnToCidr"`. */
  readonly apiBranch: string;
  /** Linked indicator type name pairs; a link may be made from either side. */
  readonly links: readonly (readonly [string, string])[];
}

/** The built-in indicator-to-indicator association types of Public Cloud. @public */
export const INDICATOR_ASSOCIATION_TYPES: readonly IndicatorAssociationTypeInfo[] = [
  { name: "Address to User Agent", apiBranch: "addressToUserAgent", links: [["Address", "User Agent"]] },
  { name: "ASN to Address", apiBranch: "asnToAddress", links: [["ASN", "Address"]] },
  { name: "ASN to CIDR", apiBranch: "asnToCidr", links: [["ASN", "CIDR"]] },
  { name: "CIDR to Address", apiBranch: "cidrToAddress", links: [["CIDR", "Address"]] },
  { name: "DNS PTR Record", apiBranch: "dnsPtrRecord", links: [["Address", "Host"]] },
  { name: "Domain Registrant Email", apiBranch: "domainRegistrant", links: [["Host", "EmailAddress"]] },
  { name: "File Download", apiBranch: "fileDownload", links: [["URL", "File"]] },
  {
    name: "URL Host",
    apiBranch: "urlHost",
    links: [
      ["URL", "Address"],
      ["URL", "Host"],
    ],
  },
];

/**
 * Finds an indicator association type by name or branch (case-insensitive).
 * @public
 */
export function findIndicatorAssociationType(nameOrBranch: string): IndicatorAssociationTypeInfo | undefined {
  const key = nameOrBranch.toLowerCase();
  return INDICATOR_ASSOCIATION_TYPES.find(
    (t) => t.name.toLowerCase() === key || t.apiBranch.toLowerCase() === key,
  );
}

/**
 * Whether `association` may link indicators of types `a` and `b` (type names, either order).
 * @public
 */
export function associationLinks(association: IndicatorAssociationTypeInfo, a: string, b: string): boolean {
  return association.links.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** A file action: a typed link from a File to another indicator (reference §11.5). @public */
export interface FileActionInfo {
  /** Display name, e.g. `"File Traffic"`. */
  readonly name: string;
  /** Path segment after `/actions/`, e.g. `"traffic"`. */
  readonly action: string;
  /** Indicator type names the action may point to. */
  readonly targetTypes: readonly string[];
}

/** The file actions. @public */
export const FILE_ACTIONS: readonly FileActionInfo[] = [
  { name: "File Archive", action: "archive", targetTypes: ["File"] },
  { name: "File Drop", action: "drop", targetTypes: ["File"] },
  { name: "File Traffic", action: "traffic", targetTypes: ["Address", "Host", "URL"] },
  { name: "File Mutex", action: "mutex", targetTypes: ["Mutex"] },
  { name: "File Registry Key", action: "registryKey", targetTypes: ["Registry Key"] },
  { name: "File User Agent", action: "userAgent", targetTypes: ["User Agent"] },
  { name: "File DNS Query", action: "dnsQuery", targetTypes: ["Host"] },
];

/** Finds a file action by name or action segment (case-insensitive). @public */
export function findFileAction(nameOrAction: string): FileActionInfo | undefined {
  const key = nameOrAction.toLowerCase();
  return FILE_ACTIONS.find((a) => a.name.toLowerCase() === key || a.action.toLowerCase() === key);
}

/** One element of `data.associationType` from `GET /v2/types/associationTypes` (reference §11.2). @public */
export interface AssociationTypeDescriptor {
  name: string;
  custom: "true" | "false";
  fileAction: "true" | "false";
  apiBranch: string;
}

/**
 * The association type descriptors a Public Cloud instance would list: one per group type (as in
 * fixture 006, `Adversary` → `adversaries`), the indicator association types (served as custom,
 * since administrators define them alongside custom indicator types) and the file actions.
 * The custom/fileAction flags of the latter two are not shown in the reference.
 * @public
 */
export const ASSOCIATION_TYPE_DESCRIPTORS: readonly AssociationTypeDescriptor[] = [
  ...GROUP_TYPES.map((g) => ({ name: g.name, custom: "false", fileAction: "false", apiBranch: g.apiBranch }) as const),
  ...INDICATOR_ASSOCIATION_TYPES.map(
    (a) => ({ name: a.name, custom: "true", fileAction: "false", apiBranch: a.apiBranch }) as const,
  ),
  ...FILE_ACTIONS.map((a) => ({ name: a.name, custom: "false", fileAction: "true", apiBranch: a.action }) as const),
];
