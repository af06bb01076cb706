/** Repairs for indicator values (reference §13): what has exactly one sensible fix gets it. */

import { classifyFileHash } from "./file-hashes.js";
import type { FileHashField } from "./file-hashes.js";
import { SUMMARY_SEPARATOR, splitSummary } from "./indicator-summary.js";
import type { IndicatorTypeInfo } from "./indicator-types.js";
import {
  normalizeAsn,
  normalizeCidr,
  normalizeEmailAddress,
  normalizeHostName,
  normalizeUrl,
} from "./indicator-value-normalizers.js";
import { normalizeRegistryKeyName, normalizeRegistryValueType } from "./registry-key.js";
import { lookupIndicatorType } from "./resolve-indicator-type.js";

type Fix = (value: string) => string;

const trim: Fix = (value) => value.trim();
const keep: Fix = (value) => value;
const noneIfEmpty: Fix = (value) => (value === "" ? " " : value);

function fixFor(type: IndicatorTypeInfo, key: string): Fix {
  switch (type.name) {
    case "Address":
      return trim;
    case "EmailAddress":
      return normalizeEmailAddress;
    case "Host":
      return normalizeHostName;
    case "URL":
      return normalizeUrl;
    case "ASN":
      return normalizeAsn;
    case "CIDR":
      return normalizeCidr;
    case "File":
      return trim;
    case "Registry Key":
      if (key === "Key Name") return normalizeRegistryKeyName;
      if (key === "Value Name") return noneIfEmpty;
      if (key === "Value Type") return normalizeRegistryValueType;
      return keep;
    default:
      // Mutex, User Agent and custom types are case- and space-sensitive: leave them alone.
      return keep;
  }
}

const HASH_ORDER: readonly FileHashField[] = ["md5", "sha1", "sha256"];

/** Hashes trimmed and put in md5, sha1, sha256 order; sloppy separators (`a:b`, `a , b`) accepted. */
function normalizeFileSummary(summary: string): string {
  const parts = summary.split(/\s*[:,;|\s]\s*/).filter((p) => p !== "");
  const placed: Partial<Record<FileHashField, string>> = {};
  const rest: string[] = [];
  for (const part of parts) {
    const kind = classifyFileHash(part);
    if (kind !== undefined && placed[kind] === undefined) placed[kind] = part;
    else rest.push(part);
  }
  const ordered = HASH_ORDER.flatMap((kind) => (placed[kind] === undefined ? [] : [placed[kind]]));
  return [...ordered, ...rest].join(SUMMARY_SEPARATOR);
}

/**
 * Fixes what can be fixed in a summary and returns it; anything it cannot fix is returned as is
 * for validation to report. Idempotent. The repairs:
 * - Host: IDN → Punycode (`österreich.icom.museum` → `xn--sterreich-z7a.icom.museum`), trailing dot dropped
 * - URL: host lower-cased and IDN → Punycode; the rest of the URL kept byte for byte
 * - EmailAddress: IDN domain → Punycode
 * - ASN: `asn12345`, `AS12345`, `AS 12345`, `ASN 12345`, `12345` → `ASN12345`
 * - CIDR: IPv6 block → all eight groups, no `::`, no leading zeros, lower case
 * - Registry Key: `HKLM\` (and HKCU, HKCR, HKU, HKCC, HKPD, `HKLM:`) → full root name; empty Value
 *   Name → `" "`; Value Type case fixed (`reg_sz` → `REG_SZ`)
 * - File: hashes ordered md5, sha1, sha256 and joined with `" : "`; hash case is kept
 * - Address, Host, URL, EmailAddress, ASN, CIDR, File: surrounding whitespace trimmed
 * - Mutex, User Agent, custom types: unchanged (their values are case- and space-sensitive)
 * Unknown type names return the summary unchanged.
 * @public
 */
export function normalizeIndicatorSummary(type: IndicatorTypeInfo | string, summary: string): string {
  const info = lookupIndicatorType(type);
  if (info === undefined || typeof summary !== "string") return summary;
  if (info.name === "File" && !info.custom) return normalizeFileSummary(summary);

  const count = info.valueFields.length;
  if (count === 1) return fixFor(info, info.valueFields[0] ?? "")(summary);

  const parts = splitSummary(summary, count);
  if (parts.length !== count) {
    return parts.map((part, i) => (i === 0 ? fixFor(info, info.valueFields[0] ?? "")(part) : part)).join(SUMMARY_SEPARATOR);
  }
  return parts.map((part, i) => fixFor(info, info.valueFields[i] ?? "")(part)).join(SUMMARY_SEPARATOR);
}

/**
 * Applies the same repairs as {@link normalizeIndicatorSummary} to the value fields of a body,
 * returning a copy (other keys untouched; non-string values left for validation to report).
 * @public
 */
export function normalizeIndicatorValues<T extends Readonly<Record<string, unknown>>>(
  type: IndicatorTypeInfo | string,
  fields: T,
): T {
  const info = lookupIndicatorType(type);
  if (info === undefined) return fields;
  const out: Record<string, unknown> = { ...fields };
  for (const key of info.valueFields) {
    const value = out[key];
    if (typeof value === "string") out[key] = fixFor(info, key)(value);
  }
  return out as T;
}

/**
 * A key under which two spellings of the same indicator compare equal, for look-ups (the sandbox's
 * one-copy-per-owner rule): the normalised summary, then upper-cased for ASN, lower-cased for
 * types the server treats case-insensitively (File hashes, Host, EmailAddress, CIDR, Address —
 * IPv6 hex — and URL only in its host, which normalisation already lowers). For a File, use each
 * hash as its own key.
 * @public
 */
export function indicatorLookupKey(type: IndicatorTypeInfo | string, summary: string): string {
  const info = lookupIndicatorType(type);
  const normalized = normalizeIndicatorSummary(type, summary);
  if (info === undefined) return normalized;
  if (info.casePreference === "upper") return normalized.toUpperCase();
  if (info.casePreference === "lower") return normalized.toLowerCase();
  if (info.custom) return normalized;
  return info.name === "URL" ? normalized : normalized.toLowerCase();
}
