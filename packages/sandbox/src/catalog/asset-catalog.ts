/** Victim asset types (§10.3): URL branch, response type, data key, body fields and required field. */
export interface VictimAssetKind { branch: string; type: string; key: string; fields: readonly string[]; required: string; nameField: string }

export const VICTIM_ASSET_KINDS: readonly VictimAssetKind[] = [
  { branch: "emailAddresses", type: "EmailAddress", key: "victimEmailAddress", fields: ["address", "addressType"], required: "address", nameField: "address" },
  { branch: "networkAccounts", type: "NetworkAccount", key: "victimNetworkAccount", fields: ["account", "network"], required: "account", nameField: "account" },
  { branch: "phoneNumbers", type: "Phone", key: "victimPhone", fields: ["phoneType"], required: "phoneType", nameField: "phoneType" },
  { branch: "socialNetworks", type: "SocialNetwork", key: "victimSocialNetwork", fields: ["account", "network"], required: "account", nameField: "account" },
  { branch: "webSites", type: "WebSite", key: "victimWebSite", fields: ["webSite"], required: "webSite", nameField: "webSite" },
];

export function findVictimAssetKind(branch: string): VictimAssetKind | undefined {
  const lower = branch.toLowerCase();
  return VICTIM_ASSET_KINDS.find((k) => k.branch.toLowerCase() === lower);
}

/** Adversary asset types (§10.4). */
export interface AdversaryAssetKind { branch: string; type: "Handle" | "PhoneNumber" | "URL"; key: string; field: string }

export const ADVERSARY_ASSET_KINDS: readonly AdversaryAssetKind[] = [
  { branch: "handles", type: "Handle", key: "adversaryHandle", field: "handle" },
  { branch: "phoneNumbers", type: "PhoneNumber", key: "adversaryPhoneNumber", field: "phoneNumber" },
  { branch: "urls", type: "URL", key: "adversaryUrl", field: "url" },
];

export function findAdversaryAssetKind(branch: string): AdversaryAssetKind | undefined {
  const lower = branch.toLowerCase();
  return ADVERSARY_ASSET_KINDS.find((k) => k.branch.toLowerCase() === lower);
}
