/**
 * One check per indicator value kind (reference §13 and §10.1). Each returns undefined for a good
 * value, so the common case allocates nothing; a problem's message quotes the value, states the
 * rule and, when a repair exists, shows the repaired value.
 */

import { emailAddressIssue } from "./email-address.js";
import type { FileHashField } from "./file-hashes.js";
import { FILE_HASH_LENGTHS, FILE_HASH_NAMES, isHex } from "./file-hashes.js";
import { hostNameIssue } from "./host-name.js";
import type { HostNameIssue } from "./host-name.js";
import { REGISTRY_VALUE_TYPES } from "./indicator-types.js";
import { isCidrIPv6, isIPv4, isIPv4Range, isIPv6 } from "./ip-address.js";
import {
  normalizeAsn,
  normalizeCidr,
  normalizeEmailAddress,
  normalizeHostName,
  normalizeUrl,
} from "./indicator-value-normalizers.js";
import {
  REGISTRY_KEY_ROOTS,
  fullRegistryRoot,
  isRegistryValueType,
  isValidRegistryKeyName,
  normalizeRegistryKeyName,
  normalizeRegistryValueType,
  registryRoot,
} from "./registry-key.js";
import { splitUrl } from "./url-parts.js";
import { quote } from "./validation-problem.js";
import type { ValidationProblem } from "./validation-problem.js";
import { capitalise, withArticle } from "./with-article.js";

function problem(field: string, rule: string, message: string): ValidationProblem {
  return { field, rule, message };
}

/** `, e.g. "fixed"` when a repair changed something and the repair itself is valid. */
function example(value: string, fixed: string, isValid: (s: string) => boolean): string {
  return fixed !== value && isValid(fixed) ? `, e.g. ${quote(fixed)}` : "";
}

const ASN = /^ASN\d+$/;

/** `ASN` + digits, upper case, no space. */
export function checkAsn(value: string, field: string): ValidationProblem | undefined {
  if (ASN.test(value)) return undefined;
  const fixed = normalizeAsn(value);
  const hint = ASN.test(fixed) ? fixed : "ASN12345";
  return problem(
    field,
    "asn-format",
    `${quote(value)} is not a valid ASN: write "ASN" followed by digits with no space, e.g. ${quote(hint)}`,
  );
}

/** Dotted-quad IPv4 (no leading zeros, 0–255) or any IPv6 text form. */
export function checkAddress(value: string, field: string): ValidationProblem | undefined {
  if (isIPv4(value) || isIPv6(value)) return undefined;
  const trimmed = value.trim();
  if (trimmed !== value && (isIPv4(trimmed) || isIPv6(trimmed))) {
    return problem(field, "whitespace", `${quote(value)} is not a valid IP address: remove the surrounding spaces, e.g. ${quote(trimmed)}`);
  }
  const rule = value.includes(":") ? "ipv6" : "ipv4";
  const how =
    rule === "ipv4"
      ? "write four numbers 0–255 separated by dots, without leading zeros, e.g. \"192.168.0.1\""
      : "write eight groups of 1–4 hex digits separated by colons (\"::\" may replace one run of zero groups), e.g. \"2001:db8::1\"";
  return problem(field, rule, `${quote(value)} is not a valid IP address: ${how}`);
}

const CIDR_IPV6_HOW =
  'write all eight IPv6 groups without "::" compression and without leading zeros (a zero group is "0")';

/** `address/prefix`; IPv6 in the exploded form without leading zeros (reference §13 CIDR). */
export function checkCidr(value: string, field: string): ValidationProblem | undefined {
  const slash = value.indexOf("/");
  const fixed = normalizeCidr(value);
  const bad = (rule: string, why: string): ValidationProblem =>
    problem(field, rule, `${quote(value)} is not a valid CIDR block: ${why}${example(value, fixed, isCidr)}`);

  if (slash < 0) return bad("cidr-prefix", 'add a prefix length after "/", e.g. "192.168.0.0/24"');
  const address = value.slice(0, slash);
  const v6 = address.includes(":");
  if (!prefixOk(value, slash + 1, v6 ? 128 : 32)) {
    return bad("cidr-prefix", `the prefix length after "/" must be a whole number 0–${v6 ? "128" : "32"}`);
  }
  if (v6) {
    if (isCidrIPv6(address)) return undefined;
    return bad("cidr-ipv6-form", isIPv6(address) ? CIDR_IPV6_HOW : `${quote(address)} is not an IPv6 address`);
  }
  if (isIPv4Range(value, 0, slash)) return undefined;
  return bad("ipv4", `${quote(address)} is not an IPv4 address (four numbers 0–255 without leading zeros)`);
}

function prefixOk(s: string, start: number, max: number): boolean {
  const digits = s.length - start;
  if (digits < 1 || digits > 3) return false;
  if (digits > 1 && s.charCodeAt(start) === 48) return false;
  let value = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    value = value * 10 + c - 48;
  }
  return value <= max;
}

/** Whether `s` passes {@link checkCidr}. */
export function isCidr(s: string): boolean {
  return checkCidr(s, "") === undefined;
}

const HOST_HOW: Record<HostNameIssue, string> = {
  empty: 'give a domain name such as "example.com"',
  "non-ascii": "internationalized names must be written in Punycode",
  "too-long": "a host name may have at most 253 characters",
  "empty-label": "remove the extra dot (labels between dots may not be empty)",
  "trailing-dot": "remove the trailing dot",
  "label-too-long": "each dot-separated label may have at most 63 characters",
  "label-hyphen": 'a label may not start or end with "-"',
  "bad-character":
    'use only letters, digits, "-", "_" and "." (no spaces, scheme, path or port; a full URL belongs in a URL indicator)',
  "numeric-tld": "the last label is all digits; an IP address belongs in an Address indicator",
};

/** ASCII host name; IDN only as Punycode (reference §13 Host). */
export function checkHostName(value: string, field: string): ValidationProblem | undefined {
  const issue = hostNameIssue(value);
  if (issue === undefined) return undefined;
  if (issue === "empty") return problem(field, "required", `The host name is empty: ${HOST_HOW.empty}`);
  const fixed = normalizeHostName(value);
  const hint = example(value, fixed, (s) => hostNameIssue(s) === undefined);
  const rule = issue === "non-ascii" ? "host-punycode" : `host-${issue}`;
  return problem(field, rule, `${quote(value)} is not a valid host name: ${HOST_HOW[issue]}${hint}`);
}

/** Absolute URL with scheme; host lower case, ASCII (Punycode) (reference §13 URL). */
export function checkUrl(value: string, field: string): ValidationProblem | undefined {
  const bad = (rule: string, why: string): ValidationProblem => {
    const fixed = normalizeUrl(value);
    return problem(field, rule, `${quote(value)} is not a valid URL: ${why}${example(value, fixed, isUrl)}`);
  };

  const parts = splitUrl(value);
  if (parts === undefined) {
    const guess = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value) ? "" : `, e.g. ${quote(`http://${value.trim()}`)}`;
    return problem(
      field,
      "url-scheme",
      `${quote(value)} is not a valid URL: include the scheme ("valid URL, including protocol")${guess}`,
    );
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c <= 32 || c === 127) return bad("url-whitespace", "spaces and control characters must be percent-encoded (a space is %20)");
  }

  const host = value.slice(parts.hostStart, parts.hostEnd);
  if (host.length === 0) return bad("url-host", "the host is missing after the scheme");
  const hostProblem = urlHostProblem(host);
  if (hostProblem !== undefined) return bad(hostProblem[0], hostProblem[1]);
  if (parts.port !== undefined && parts.port !== "" && !portOk(parts.port)) {
    return bad("url-port", `the port ${quote(parts.port)} must be a number 0–65535`);
  }
  return undefined;
}

function urlHostProblem(host: string): readonly [string, string] | undefined {
  if (host.startsWith("[")) {
    const inner = host.endsWith("]") ? host.slice(1, -1) : "";
    if (!isIPv6(inner)) return ["url-host", `the host ${quote(host)} is not a bracketed IPv6 address`];
    return inner === inner.toLowerCase() ? undefined : ["url-host-lowercase", "the host must be lower case"];
  }
  const issue = hostNameIssue(host);
  if (issue === "non-ascii") return ["url-host-punycode", "an internationalized host must be written in Punycode"];
  if (issue !== undefined && issue !== "numeric-tld") {
    return ["url-host", `the host ${quote(host)} is not valid: ${HOST_HOW[issue]}`];
  }
  if (issue === "numeric-tld" && !isIPv4(host)) return ["url-host", `the host ${quote(host)} is not valid: ${HOST_HOW[issue]}`];
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c >= 65 && c <= 90) return ["url-host-lowercase", "the host must be lower case"];
  }
  return undefined;
}

function portOk(port: string): boolean {
  if (port.length > 5) return false;
  for (let i = 0; i < port.length; i++) {
    const c = port.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(port) <= 65535;
}

/** Whether `s` passes {@link checkUrl}. */
export function isUrl(s: string): boolean {
  return checkUrl(s, "") === undefined;
}

const EMAIL_HOW: Record<string, string> = {
  "no-at": 'write it as local-part@domain, e.g. "badguy@example.com"',
  "local-part":
    'the part before "@" may use letters, digits and !#$%&\'*+/=?^_`{|}~- with single dots between them, at most 64 characters',
  "too-long": "an address may have at most 254 characters",
  "single-label": 'the domain needs at least two labels, e.g. "example.com"',
  "non-ascii": "an internationalized domain must be written in Punycode",
};

/** Pragmatic local@domain check. */
export function checkEmailAddress(value: string, field: string): ValidationProblem | undefined {
  const issue = emailAddressIssue(value);
  if (issue === undefined) return undefined;
  if (value.length === 0) return problem(field, "required", "The email address is empty: give an address such as \"badguy@example.com\"");
  const how = EMAIL_HOW[issue] ?? `the domain is not a valid host name: ${HOST_HOW[issue as HostNameIssue]}`;
  const fixed = normalizeEmailAddress(value);
  const hint = example(value, fixed, (s) => emailAddressIssue(s) === undefined);
  return problem(field, issue === "non-ascii" ? "email-punycode" : "email-format", `${quote(value)} is not a valid email address: ${how}${hint}`);
}

/** A File hash of the given kind: hex of the right length. */
export function checkFileHash(value: string, field: FileHashField): ValidationProblem | undefined {
  const length = FILE_HASH_LENGTHS[field];
  if (value.length === length && isHex(value)) return undefined;
  return problem(
    field,
    "file-hash",
    `${quote(value)} is not a valid ${FILE_HASH_NAMES[field]} hash: write exactly ${String(length)} hex digits (0-9, a-f)`,
  );
}

/** Non-empty and not only whitespace (Mutex, User Agent, custom values). */
export function checkNonEmpty(value: string, field: string, typeName: string): ValidationProblem | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  }
  return problem(field, "required", `${capitalise(withArticle(typeName))} value cannot be empty or only spaces (got ${quote(value)}): give the ${typeName} text`);
}

/** Key Name must begin with a full root key (reference §13 Registry Key). */
export function checkRegistryKeyName(value: string, field: string): ValidationProblem | undefined {
  if (isValidRegistryKeyName(value)) return undefined;
  const root = registryRoot(value);
  const full = fullRegistryRoot(root);
  if (full !== undefined) {
    return problem(
      field,
      "registry-root",
      `${quote(value)} is not a valid registry Key Name: write the root key in full (${quote(full)}, not ${quote(root)}), e.g. ${quote(normalizeRegistryKeyName(value))}`,
    );
  }
  return problem(
    field,
    "registry-root",
    `${quote(value)} is not a valid registry Key Name: it must start with one of ${REGISTRY_KEY_ROOTS.join(", ")}, e.g. "HKEY_LOCAL_MACHINE\\Software\\Example"`,
  );
}

/** Value Name is mandatory; a single space means "no value name". */
export function checkRegistryValueName(value: string, field: string): ValidationProblem | undefined {
  if (value.length > 0) return undefined;
  return problem(
    field,
    "required",
    'The registry Value Name is empty: give the value name, or a single space " " for a key without one',
  );
}

/** Value Type from the REG_* list. */
export function checkRegistryValueType(value: string, field: string): ValidationProblem | undefined {
  if (isRegistryValueType(value)) return undefined;
  const fixed = normalizeRegistryValueType(value);
  const hint = fixed !== value && isRegistryValueType(fixed) ? ` (did you mean ${quote(fixed)}?)` : "";
  return problem(
    field,
    "registry-value-type",
    `${quote(value)} is not a valid registry Value Type${hint}: use one of ${REGISTRY_VALUE_TYPES.join(", ")}`,
  );
}
