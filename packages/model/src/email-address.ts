/**
 * A pragmatic email address check (reference §13 "Valid address"): a dot-atom local part of at
 * most 64 characters, `@`, and a host name with at least two labels. Quoted local parts and
 * address literals are rare in threat data and are rejected.
 */

import { hostNameIssue } from "./host-name.js";
import type { HostNameIssue } from "./host-name.js";

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Why an address failed, or undefined when it is fine. */
export type EmailAddressIssue = "no-at" | "local-part" | "too-long" | "single-label" | HostNameIssue;

export function emailAddressIssue(s: string): EmailAddressIssue | undefined {
  const at = s.lastIndexOf("@");
  if (at <= 0 || at === s.length - 1) return "no-at";
  if (s.length > 254) return "too-long";
  if (at > 64 || !LOCAL_PART.test(s.slice(0, at))) return "local-part";
  const domain = s.slice(at + 1);
  const issue = hostNameIssue(domain);
  if (issue !== undefined) return issue;
  return domain.includes(".") ? undefined : "single-label";
}

/** Whether `s` is an email address this package accepts. @public */
export function isValidEmailAddress(s: string): boolean {
  return emailAddressIssue(s) === undefined;
}
