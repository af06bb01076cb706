/**
 * Host name syntax (reference §13 Host): ASCII letters, digits, `-` and `_` in dot-separated
 * labels of 1–63 characters, 253 characters in all; internationalized names only as Punycode.
 * Underscores are allowed because real-world malicious hosts use them and DNS carries them.
 */

import { LIMITS } from "./enumerations.js";

/** Why a host name failed, or undefined when it is fine. */
export type HostNameIssue =
  | "empty"
  | "non-ascii"
  | "too-long"
  | "empty-label"
  | "trailing-dot"
  | "label-too-long"
  | "label-hyphen"
  | "bad-character"
  | "numeric-tld";

const DOT = 46;
const HYPHEN = 45;
const UNDERSCORE = 95;

/** Scans once on character codes; no allocation. */
export function hostNameIssue(s: string): HostNameIssue | undefined {
  const n = s.length;
  if (n === 0) return "empty";
  let labelStart = 0;
  let labelDigitsOnly = true;
  let issue: HostNameIssue | undefined;

  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : DOT;
    if (c === DOT) {
      const length = i - labelStart;
      if (length === 0) return i === n && n > 0 ? "trailing-dot" : "empty-label";
      if (length > LIMITS.hostLabel) issue ??= "label-too-long";
      if (s.charCodeAt(labelStart) === HYPHEN || s.charCodeAt(i - 1) === HYPHEN) issue ??= "label-hyphen";
      if (i === n && labelDigitsOnly) issue ??= "numeric-tld";
      labelStart = i + 1;
      labelDigitsOnly = true;
      continue;
    }
    if (c > 127) return "non-ascii";
    const digit = c >= 48 && c <= 57;
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (!digit) labelDigitsOnly = false;
    if (!digit && !letter && c !== HYPHEN && c !== UNDERSCORE) issue ??= "bad-character";
  }

  if (issue === undefined && n > LIMITS.hostName) return "too-long";
  return issue;
}

/** Whether `s` is a valid ASCII host name (see {@link hostNameIssue}). @public */
export function isValidHostName(s: string): boolean {
  return hostNameIssue(s) === undefined;
}

/** Characters that would make `new URL("http://" + host)` read something other than a host. */
const NOT_A_HOST = /[\s/\\?#@:%[\]]/;

/**
 * Punycode for an internationalized host, via the WHATWG URL parser (it applies IDNA in every
 * runtime, so no dependency is needed). Lower-cases as a side effect. Undefined when the text
 * cannot be a host at all.
 */
export function toPunycodeHost(host: string): string | undefined {
  if (host.length === 0 || NOT_A_HOST.test(host)) return undefined;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}
