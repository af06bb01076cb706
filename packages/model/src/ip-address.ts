/**
 * IPv4 and IPv6 parsing on character codes: the sandbox checks 100,000+ values per batch, so these
 * run without splitting strings or building arrays.
 */

const DOT = 46;
const COLON = 58;
const ZERO = 48;
const NINE = 57;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Whether `s.slice(start, end)` is a dotted-quad IPv4 address: four numbers 0–255, no leading
 * zeros (`010.0.0.1` is rejected: some parsers read it as octal).
 */
export function isIPv4Range(s: string, start: number, end: number): boolean {
  let octets = 0;
  let i = start;
  while (octets < 4) {
    const first = i;
    let value = 0;
    while (i < end && isDigit(s.charCodeAt(i)) && i - first < 3) {
      value = value * 10 + (s.charCodeAt(i) - ZERO);
      i++;
    }
    const digits = i - first;
    if (digits === 0 || value > 255) return false;
    if (digits > 1 && s.charCodeAt(first) === ZERO) return false;
    octets++;
    if (octets === 4) break;
    if (i >= end || s.charCodeAt(i) !== DOT) return false;
    i++;
  }
  return i === end;
}

/** Whether `s` is a dotted-quad IPv4 address (see {@link isIPv4Range}). @public */
export function isIPv4(s: string): boolean {
  return isIPv4Range(s, 0, s.length);
}

/**
 * Whether `s` is an IPv6 address in any RFC 4291 text form: `::` compression, 1–4 hex digits per
 * group, either case, optional dotted-quad tail. Zone ids (`%eth0`) are not indicator values.
 * @public
 */
export function isIPv6(s: string): boolean {
  return ipv6Scan(s, null);
}

/** Parses any IPv6 text form into its eight 16-bit groups; undefined when invalid. */
export function ipv6Groups(s: string): number[] | undefined {
  const out: number[] = [];
  return ipv6Scan(s, out) ? out : undefined;
}

/**
 * One scanner for both jobs: with `out` null it only validates; with an array it also collects
 * the groups, expanding `::` in place.
 */
function ipv6Scan(s: string, out: number[] | null): boolean {
  const n = s.length;
  if (n < 2 || n > 45) return false;
  let groups = 0;
  let gapAt = -1;
  let i = 0;
  if (s.charCodeAt(0) === COLON) {
    if (s.charCodeAt(1) !== COLON) return false;
    gapAt = 0;
    i = 2;
  }

  while (i < n) {
    let j = i;
    let value = 0;
    while (j < n && j - i < 5 && isHex(s.charCodeAt(j))) {
      value = value * 16 + parseHexDigit(s.charCodeAt(j));
      j++;
    }

    if (j < n && s.charCodeAt(j) === DOT) {
      if (!isIPv4Range(s, i, n)) return false;
      if (out !== null) pushIPv4(s, i, n, out);
      groups += 2;
      i = n;
      break;
    }

    const length = j - i;
    if (length === 0 || length > 4) return false;
    out?.push(value);
    groups++;
    if (j === n) {
      i = n;
      break;
    }
    if (s.charCodeAt(j) !== COLON) return false;

    if (j + 1 < n && s.charCodeAt(j + 1) === COLON) {
      if (gapAt >= 0) return false;
      gapAt = groups;
      i = j + 2;
    } else {
      i = j + 1;
      if (i === n) return false;
    }
  }

  if (gapAt < 0 ? groups !== 8 : groups > 7) return false;
  if (out !== null && gapAt >= 0) out.splice(gapAt, 0, ...new Array<number>(8 - groups).fill(0));
  return true;
}

function parseHexDigit(c: number): number {
  if (c <= NINE) return c - ZERO;
  return (c | 32) - 87;
}

function pushIPv4(s: string, start: number, end: number, out: number[]): void {
  const parts = s.slice(start, end).split(".").map(Number);
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  out.push(a * 256 + b, c * 256 + d);
}

/** Whether `s` is an IPv4 or IPv6 address. @public */
export function isIPAddress(s: string): boolean {
  return isIPv4(s) || isIPv6(s);
}

/**
 * The IPv6 form the CIDR type accepts (reference §13): all eight groups, no `::`, no leading
 * zeros (a zero group is `0`), no dotted-quad tail.
 */
const CIDR_IPV6 = /^(?:(?:0|[1-9a-fA-F][0-9a-fA-F]{0,3}):){7}(?:0|[1-9a-fA-F][0-9a-fA-F]{0,3})$/;

/** Whether `s` is an IPv6 address written the way the CIDR type requires. @public */
export function isCidrIPv6(s: string): boolean {
  return CIDR_IPV6.test(s);
}

/** Writes any valid IPv6 text in the CIDR form (lower case, exploded, no leading zeros). */
export function toCidrIPv6(s: string): string | undefined {
  const groups = ipv6Groups(s);
  return groups?.map((g) => g.toString(16)).join(":");
}
