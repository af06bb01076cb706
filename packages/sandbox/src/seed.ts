import type { Store } from "./store/store.js";
import type { OwnerRecord, UserRecord } from "./store/entities.js";

/** Owner names from the documented examples (fixtures 002, 098, 160, 298). */
export const SEED_COMMUNITIES = ["Common Community", "Example Community", "Demo Customer Community"] as const;
export const SEED_SOURCE = "Source of all Evil";

const MEMBERS: UserRecord[] = [
  { userName: "12345678901234567890", firstName: "Jane", lastName: "Doe", pseudonym: "Jane", role: "Standard User" },
  { userName: "12345678901234567891", firstName: "John", lastName: "Doe", pseudonym: "Buck", role: "Api User" },
  { userName: "johndoe@example.com", firstName: "John", lastName: "Doe", pseudonym: "JD", role: "Standard User" },
];

/** Default TLP labels (fixture 195). */
const LABELS: [string, string, string][] = [
  ["TLP:AMBER", "Limited disclosure, restricted to participants' organizations and their clients.", "2016-08-31T00:00:00Z"],
  ["TLP:AMBER+STRICT", "Limited disclosure, restricted to participants' organizations only.", "2022-08-31T00:00:00Z"],
  ["TLP:CLEAR", "Disclosure is not limited.", "2022-08-31T00:00:00Z"],
  ["TLP:GREEN", "Limited disclosure, restricted to the community.", "2016-08-31T00:00:00Z"],
  ["TLP:RED", "Not for disclosure, restricted to participants only.", "2016-08-31T00:00:00Z"],
  ["TLP:WHITE", "Disclosure is not limited.", "2016-08-31T00:00:00Z"],
];

/** Owners (the organization first), members, the API user and the default security labels. */
export function seedDefaults(store: Store, organization: string): void {
  const owners: OwnerRecord[] = [
    { id: 1, name: organization, type: "Organization" },
    ...SEED_COMMUNITIES.filter((n) => n !== organization).map((name, i) => ({ id: i + 2, name, type: "Community" as const })),
  ];
  owners.push({ id: owners.length + 1, name: SEED_SOURCE, type: "Source" });
  for (const owner of owners) store.owners.set(owner.id, owner);
  store.organizationId = 1;
  store.reserveIds(100);

  store.users.push(...MEMBERS);
  Object.assign(store.apiUser, { userName: "12345678901234567891", firstName: "John", lastName: "Doe", pseudonym: "Buck", role: "Api User" });
  for (const [name, description, dateAdded] of LABELS) store.labels.set(name.toLowerCase(), { name, description, dateAdded });
}
