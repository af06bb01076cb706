import { timingSafeEqual } from "node:crypto";

/**
 * Constant-time string comparison backed by node:crypto.
 *
 * @public
 */
export function timingSafeEqualNode(expected: string, actual: string): boolean {
  const left = Buffer.from(expected, "utf8");
  const right = Buffer.from(actual, "utf8");

  // timingSafeEqual throws on different lengths; a signature's length is
  // public (always 44 base64 characters), so returning early leaks nothing.
  if (left.length !== right.length) {
    return false;
  }

  return timingSafeEqual(left, right);
}
