import type { GroupTypeName, IndicatorTypeName } from "./entities.js";

/** URL branch and JSON key of each built-in indicator type (API reference §10.1). @public */
export const INDICATOR_BRANCHES = {
  Address: { branch: "addresses", entity: "address" },
  EmailAddress: { branch: "emailAddresses", entity: "emailAddress" },
  File: { branch: "files", entity: "file" },
  Host: { branch: "hosts", entity: "host" },
  URL: { branch: "urls", entity: "url" },
  ASN: { branch: "asns", entity: "asn" },
  CIDR: { branch: "cidrBlocks", entity: "cidrBlock" },
  Mutex: { branch: "mutexes", entity: "mutex" },
  "Registry Key": { branch: "registryKeys", entity: "registryKey" },
  "User Agent": { branch: "userAgents", entity: "userAgent" },
} as const satisfies Record<IndicatorTypeName, { branch: string; entity: string }>;

/** URL branch and JSON key of each group type (API reference §10.2). @public */
export const GROUP_BRANCHES = {
  Adversary: { branch: "adversaries", entity: "adversary" },
  "Attack Pattern": { branch: "attackPatterns", entity: "attackPattern" },
  Campaign: { branch: "campaigns", entity: "campaign" },
  "Course of Action": { branch: "coursesOfAction", entity: "courseOfAction" },
  Document: { branch: "documents", entity: "document" },
  Email: { branch: "emails", entity: "email" },
  Event: { branch: "events", entity: "event" },
  Incident: { branch: "incidents", entity: "incident" },
  "Intrusion Set": { branch: "intrusionSets", entity: "intrusionSet" },
  Malware: { branch: "malware", entity: "malware" },
  Report: { branch: "reports", entity: "report" },
  Signature: { branch: "signatures", entity: "signature" },
  Tactic: { branch: "tactics", entity: "tactic" },
  Threat: { branch: "threats", entity: "threat" },
  Tool: { branch: "tools", entity: "tool" },
  Vulnerability: { branch: "vulnerabilities", entity: "vulnerability" },
} as const satisfies Record<GroupTypeName, { branch: string; entity: string }>;

/** Victim asset branches and their single-item keys (§10.3). @public */
export const VICTIM_ASSET_BRANCHES = {
  emailAddresses: "victimEmailAddress",
  networkAccounts: "victimNetworkAccount",
  phoneNumbers: "victimPhone",
  socialNetworks: "victimSocialNetwork",
  webSites: "victimWebSite",
} as const;

/** A victim asset branch. @public */
export type VictimAssetType = keyof typeof VICTIM_ASSET_BRANCHES;

/** Adversary asset branches and their keys (§10.4). @public */
export const ADVERSARY_ASSET_BRANCHES = {
  handles: "adversaryHandle",
  phoneNumbers: "adversaryPhoneNumber",
  urls: "adversaryUrl",
} as const;

/** An adversary asset branch. @public */
export type AdversaryAssetType = keyof typeof ADVERSARY_ASSET_BRANCHES;

/** A resolved indicator type: built-in or custom (from `/v2/types/indicatorTypes`). @public */
export interface IndicatorKind {
  readonly name: string;
  readonly branch: string;
  readonly entity: string;
}

/** A resolved group type. @public */
export interface GroupKind {
  readonly name: GroupTypeName;
  readonly branch: string;
  readonly entity: string;
}
