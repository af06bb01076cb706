/** Indicator-to-indicator association types (§11.5) and the batch labels that mean them. */
export interface AssociationKind { name: string; branch: string; types: readonly (readonly [string, string])[] }

export const ASSOCIATION_KINDS: readonly AssociationKind[] = [
  { name: "Address to User Agent", branch: "addressToUserAgent", types: [["Address", "User Agent"]] },
  { name: "ASN to Address", branch: "asnToAddress", types: [["ASN", "Address"]] },
  { name: "ASN to CIDR", branch: "asnToCidr", types: [["ASN", "CIDR"]] },
  { name: "CIDR to Address", branch: "cidrToAddress", types: [["CIDR", "Address"]] },
  { name: "DNS PTR Record", branch: "dnsPtrRecord", types: [["Address", "Host"]] },
  { name: "Domain Registrant Email", branch: "domainRegistrant", types: [["Host", "EmailAddress"]] },
  { name: "File Download", branch: "fileDownload", types: [["URL", "File"]] },
  { name: "URL Host", branch: "urlHost", types: [["URL", "Address"], ["URL", "Host"]] },
];

export function findAssociationKind(text: string): AssociationKind | undefined {
  const lower = text.toLowerCase();
  return ASSOCIATION_KINDS.find((k) => k.branch.toLowerCase() === lower || k.name.toLowerCase() === lower);
}

/** True when the association links these two indicator types, in either order. */
export function associationAllows(kind: AssociationKind, a: string, b: string): boolean {
  return kind.types.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** File actions (§11.5): File → target types. */
export interface FileActionKind { name: string; action: string; targets: readonly string[] }

export const FILE_ACTION_KINDS: readonly FileActionKind[] = [
  { name: "File Archive", action: "archive", targets: ["File"] },
  { name: "File Drop", action: "drop", targets: ["File"] },
  { name: "File Traffic", action: "traffic", targets: ["Address", "Host", "URL"] },
  { name: "File Mutex", action: "mutex", targets: ["Mutex"] },
  { name: "File Registry Key", action: "registryKey", targets: ["Registry Key"] },
  { name: "File User Agent", action: "userAgent", targets: ["User Agent"] },
  { name: "File DNS Query", action: "dnsQuery", targets: ["Host"] },
];

export function findFileAction(action: string): FileActionKind | undefined {
  const lower = action.toLowerCase();
  return FILE_ACTION_KINDS.find((k) => k.action.toLowerCase() === lower);
}

/** Group-to-item association types served by /v2/types/associationTypes (fixture 006 shape). */
export const GROUP_ASSOCIATION_TYPE_NAMES = [
  ["Adversary", "adversaries"], ["Attack Pattern", "attackPatterns"], ["Campaign", "campaigns"],
  ["Course of Action", "coursesOfAction"], ["Document", "documents"], ["Email", "emails"], ["Event", "events"],
  ["Incident", "incidents"], ["Intrusion Set", "intrusionSets"], ["Malware", "malware"], ["Report", "reports"],
  ["Signature", "signatures"], ["Tactic", "tactics"], ["Threat", "threats"], ["Tool", "tools"],
  ["Vulnerability", "vulnerabilities"], ["Task", "tasks"], ["Victim", "victims"],
] as const;
