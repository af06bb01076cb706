import { UsageError } from "../errors/cli-error.js";

/** Parses a numeric option within bounds; a bad value is a usage error naming the range. */
export function parseNumberOption(
  input: string,
  flag: string,
  min: number,
  max: number,
  integer = false,
): number {
  const value = Number(input);
  const ok = input.trim() !== "" && Number.isFinite(value) && value >= min && value <= max;
  if (!ok || (integer && !Number.isInteger(value))) {
    const kind = integer ? "a whole number" : "a number";
    throw new UsageError(`${flag} must be ${kind} from ${min} to ${max}, not "${input}".`);
  }
  return value;
}
