import { UsageError } from "../errors/cli-error.js";

/**
 * Turns repeated `--field name=value` options into body fields. Values that read as JSON
 * (true, 12, [..], {..}) are sent as such, so list fields like a task's assignee can be given.
 */
export function parseFields(fields: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};

  for (const entry of fields) {
    const index = entry.indexOf("=");
    if (index <= 0) {
      throw new UsageError(
        `--field needs name=value, for example --field eventDate=2024-01-31, not "${entry}".`,
      );
    }
    body[entry.slice(0, index)] = jsonOrText(entry.slice(index + 1));
  }

  return body;
}

function jsonOrText(text: string): unknown {
  if (!/^(true|false|-?\d+(\.\d+)?|\[.*\]|\{.*\})$/s.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
