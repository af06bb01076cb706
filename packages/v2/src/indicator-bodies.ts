import type { IndicatorTypeName } from "./entities.js";

/** Writable fields every indicator type accepts (API reference §11.3). @public */
export interface IndicatorWritable {
  /** 0–5. */
  rating?: number;
  /** 0–100, whole number. */
  confidence?: number;
  active?: boolean;
  /** Stops CAL from changing `active`. */
  activeLocked?: boolean;
  /** Private indicators: built-in types only, when enabled on the instance. */
  privateFlag?: boolean;
}

/** Identifying fields per built-in type (§10.1), as sent in create bodies. @public */
export interface IndicatorValueFields {
  Address: { ip: string };
  EmailAddress: { address: string };
  File: { md5?: string; sha1?: string; sha256?: string; size?: number };
  Host: { hostName: string; dnsActive?: boolean; whoisActive?: boolean };
  URL: { text: string };
  ASN: { "AS Number": string };
  CIDR: { Block: string };
  Mutex: { Mutex: string };
  "Registry Key": { "Key Name": string; "Value Name": string; "Value Type": string };
  "User Agent": { "User Agent String": string };
}

/**
 * Body of a new indicator of type `T`: its value fields (or `summary`, split for you, e.g.
 * `"md5 : sha256"`) plus the common writable fields.
 * @public
 */
export type IndicatorCreate<T extends IndicatorTypeName = IndicatorTypeName> = (
  | IndicatorValueFields[T]
  | { summary: string }
) &
  IndicatorWritable;

/** A create body naming its type, for `client.indicators.create(...)`. @public */
export type AnyIndicatorCreate = {
  [K in IndicatorTypeName]: { type: K } & IndicatorCreate<K>;
}[IndicatorTypeName];

/** Changes to an indicator; the identifying value cannot change (§11.3). @public */
export interface IndicatorUpdate extends IndicatorWritable {
  /** Files only. */
  size?: number;
  /** Hosts only. */
  dnsActive?: boolean;
  /** Hosts only. */
  whoisActive?: boolean;
}
