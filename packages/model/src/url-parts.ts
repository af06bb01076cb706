/**
 * Splits an absolute URL into the pieces the URL rules look at, without the WHATWG parser:
 * that parser would also re-encode the path and drop default ports, and the stored indicator
 * must keep the text as given apart from the host.
 */

export interface UrlParts {
  /** Index just after `://`. */
  authorityStart: number;
  /** Index of the first `/`, `?` or `#` (or `\` for http-like schemes) after the authority, or the length. */
  authorityEnd: number;
  hostStart: number;
  hostEnd: number;
  /** Port digits as written (may be empty), or undefined when there is no `:port`. */
  port: string | undefined;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "ftp", "ws", "wss", "file"]);

/** Undefined when `s` does not start with `scheme://`. */
export function splitUrl(s: string): UrlParts | undefined {
  const scheme = SCHEME.exec(s);
  if (scheme === null) return undefined;
  const authorityStart = scheme[0].length;

  // For these schemes browsers (WHATWG URL) also end the host at "\", so in
  // "http://a.com\@b.com/" the host is a.com, not b.com.
  const backslashEnds = SPECIAL_SCHEMES.has(s.slice(0, authorityStart - 3).toLowerCase());
  let authorityEnd = s.length;
  for (let i = authorityStart; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || (c === 92 && backslashEnds)) {
      authorityEnd = i;
      break;
    }
  }

  const at = s.lastIndexOf("@", authorityEnd - 1);
  const hostStart = at >= authorityStart ? at + 1 : authorityStart;
  let hostEnd = authorityEnd;
  let port: string | undefined;

  // A bracketed IPv6 literal contains colons, so the port colon is the one after "]";
  // with no "]" the whole authority is the (invalid) host, quoted whole in messages.
  const bracketed = s.charCodeAt(hostStart) === 91;
  const close = bracketed ? s.indexOf("]", hostStart) : -1;
  const unclosed = bracketed && (close < 0 || close >= authorityEnd);
  const colon = unclosed ? -1 : s.indexOf(":", close >= 0 ? close : hostStart);
  if (colon >= 0 && colon < authorityEnd) {
    hostEnd = colon;
    port = s.slice(colon + 1, authorityEnd);
  }
  return { authorityStart, authorityEnd, hostStart, hostEnd, port };
}
