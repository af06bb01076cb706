import type { GroupTypeName } from "./entities.js";

/** Type-specific create fields (API reference §11.7). @public */
export interface GroupCreateFields {
  Adversary: object;
  "Attack Pattern": object;
  Campaign: { firstSeen?: string };
  "Course of Action": object;
  Document: { fileName: string; malware?: boolean; password?: string };
  Email: { subject: string; header: string; body: string; to?: string; from?: string };
  Event: { eventDate: string; status?: string | null; eventType?: string };
  Incident: { eventDate: string; status?: string };
  "Intrusion Set": object;
  Malware: object;
  Report: { fileName: string };
  Signature: { fileName: string; fileType: string; fileText: string };
  Tactic: object;
  Threat: object;
  Tool: object;
  Vulnerability: object;
}

/** Body of a new group of type `T`. @public */
export type GroupCreate<T extends GroupTypeName = GroupTypeName> = { name: string } & GroupCreateFields[T];

/** A create body naming its type, for `client.groups.create(...)`. @public */
export type AnyGroupCreate = { [K in GroupTypeName]: { type: K } & GroupCreate<K> }[GroupTypeName];

/** Changes to a group; signatures must always send `name`, `fileName` and `fileType` (§11.7). @public */
export type GroupUpdate<T extends GroupTypeName = GroupTypeName> = T extends "Signature"
  ? { name: string; fileName: string; fileType: string; fileText?: string }
  : Partial<GroupCreate<T>>;
