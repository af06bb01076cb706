import { assertTarget, assertTimestamp, normalizeMethod } from "./validate.js";

/**
 * Builds the string to sign: `<target>:<METHOD>:<timestamp>` (API reference
 * section 2.1). The method is upper-cased; the target must be the path and
 * query exactly as sent.
 *
 * @example signatureMessage("/api/v2/owners", "get", 1513703787) // "/api/v2/owners:GET:1513703787"
 * @throws TypeError naming the field when an input is malformed.
 * @public
 */
export function signatureMessage(
  target: string,
  method: string,
  timestamp: number,
): string {
  const path = assertTarget(target);
  const verb = normalizeMethod(method);
  const seconds = assertTimestamp(timestamp);

  return `${path}:${verb}:${String(seconds)}`;
}
