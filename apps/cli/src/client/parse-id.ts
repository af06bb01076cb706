import { UsageError } from "../errors/cli-error.js";

/** A numeric id typed by the user; anything else is a usage error naming what was expected. */
export function parseId(input: string, what: string): number {
  if (!/^\d+$/.test(input)) throw new UsageError(`The ${what} id must be a number, not "${input}".`);
  return Number(input);
}

/** Splits "type:value" at its first colon (values such as URLs may contain more). */
export function splitTyped(input: string, flag: string, example: string): [string, string] {
  const index = input.indexOf(":");
  if (index <= 0 || index === input.length - 1) {
    throw new UsageError(`${flag} needs type:value, for example ${flag} ${example}, not "${input}".`);
  }
  return [input.slice(0, index), input.slice(index + 1)];
}
