/**
 * Fixes for indicator values that are wrong in a way with exactly one sensible repair
 * (reference §13). Each returns its input unchanged when it sees nothing to fix, and
 * each is idempotent.
 */

import { toPunycodeHost } from "./host-name.js";
import { ipv6Groups, isCidrIPv6 } from "./ip-address.js";
import { splitUrl } from "./url-parts.js";

// "N" sits inside the optional group with its own spaces: two adjacent \s* runs
// around an optional "N" would backtrack quadratically on "AS" + spaces.
const ASN_LIKE = /^(?:AS(?:\s*N)?\s*)?(\d+)$/i;

/** `asn12345`, `AS12345`, `AS 12345`, `ASN 12345`, `12345` → `ASN12345`. */
export function normalizeAsn(value: string): string {
  const trimmed = value.trim();
  const match = ASN_LIKE.exec(trimmed);
  return match?.[1] === undefined ? trimmed : `ASN${match[1]}`;
}

/** IPv6 blocks in the accepted exploded form, lower case; IPv4 blocks trimmed only. */
export function normalizeCidr(value: string): string {
  const trimmed = value.trim();
  const slash = trimmed.indexOf("/");
  if (slash < 0) return trimmed;
  const address = trimmed.slice(0, slash);
  if (!address.includes(":")) return trimmed;

  const prefix = trimmed.slice(slash + 1);
  if (isCidrIPv6(address)) return `${address.toLowerCase()}/${prefix}`;
  const groups = ipv6Groups(address);
  return groups === undefined ? trimmed : `${groups.map((g) => g.toString(16)).join(":")}/${prefix}`;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/** Drops trailing dots and spaces with a loop: a regex anchored at the end backtracks quadratically. */
function stripTrailingDots(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 46 && c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** Trailing dot dropped; an internationalized name converted to Punycode (which lower-cases it). */
export function normalizeHostName(value: string): string {
  let host = value;
  for (let previous = ""; previous !== host; ) {
    previous = host;
    host = stripTrailingDots(host.trim());
  }
  if (!hasNonAscii(host)) return host;
  // IDNA maps full-width and ideographic full stops to ".", which can leave a new trailing dot.
  const ascii = toPunycodeHost(host);
  return ascii === undefined ? host : stripTrailingDots(ascii);
}

/** The host part lower-cased and in Punycode; the rest of the URL exactly as given. */
export function normalizeUrl(value: string): string {
  const url = value.trim();
  const parts = splitUrl(url);
  if (parts === undefined) return url;
  const host = url.slice(parts.hostStart, parts.hostEnd);
  const fixed = hasNonAscii(host) ? (toPunycodeHost(host) ?? host) : host.toLowerCase();
  return url.slice(0, parts.hostStart) + fixed + url.slice(parts.hostEnd);
}

/** The domain part in Punycode when it is internationalized. */
export function normalizeEmailAddress(value: string): string {
  const address = value.trim();
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  if (!hasNonAscii(domain)) return address;
  const fixed = toPunycodeHost(domain);
  return fixed === undefined ? address : `${address.slice(0, at + 1)}${fixed}`;
}
