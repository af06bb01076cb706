import type { StartSandboxOptions } from "./types.js";

/** A TypeError naming the option; it never repeats the value, which may be a secret. */
function invalid(name: string, rule: string): TypeError {
  return new TypeError(`@tcapi/sandbox: options.${name} must be ${rule}`);
}

function checkString(options: Record<string, unknown>, name: string, rule: string, bad?: RegExp): void {
  const value = options[name];
  if (value === undefined) return;
  if (typeof value !== "string" || value === "" || (bad?.test(value) ?? false)) throw invalid(name, rule);
}

/**
 * Refuse options that would make every request fail in a confusing way later: an access id with
 * a colon cannot be parsed out of `TC id:signature`, a token with spaces cannot be sent, and so on.
 */
export function checkOptions(options: StartSandboxOptions): void {
  const o = options as Record<string, unknown>;
  checkString(o, "accessId", 'a non-empty string without ":" or whitespace', /[:\s]/);
  checkString(o, "secretKey", "a non-empty string");
  checkString(o, "token", "a non-empty string without whitespace", /\s/);
  checkString(o, "organization", "a non-empty owner name");
  checkString(o, "dataFile", "a non-empty file path");

  for (const name of ["now", "log"]) {
    if (o[name] !== undefined && typeof o[name] !== "function") throw invalid(name, "a function");
  }
  const expires = o.tokenExpiresAt;
  if (expires !== undefined && (typeof expires !== "number" || !Number.isFinite(expires))) throw invalid("tokenExpiresAt", "epoch seconds (a finite number)");
  const delay = o.batchProcessingDelayMs;
  if (delay !== undefined && (typeof delay !== "number" || !Number.isFinite(delay) || delay < 0)) throw invalid("batchProcessingDelayMs", "a number of milliseconds ≥ 0");
}
