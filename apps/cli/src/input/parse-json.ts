import { UsageError } from "../errors/cli-error.js";
import { jsonErrorOffset } from "./json-error-offset.js";

/** Why some text is not JSON, and where (both 1-based). */
export interface JsonProblem {
  reason: string;
  line: number;
  column: number;
}

/** Parses JSON; a syntax error becomes a UsageError naming the source, line and column. */
export function parseJson(text: string, source: string): unknown {
  const parsed = tryParseJson(text);
  if ("problem" in parsed) {
    const { line, column, reason } = parsed.problem;
    throw new UsageError(
      `${source} is not valid JSON at line ${line}, column ${column}: ${reason}; fix the file and try again.`,
    );
  }
  return parsed.value;
}

/** Parses JSON, or says what is wrong with it and where. */
export function tryParseJson(text: string): { value: unknown } | { problem: JsonProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { reason: reasonOf(message), ...locate(text, message) } };
  }
}

/** The engine's message without its offset and without the echo of the input it may carry. */
function reasonOf(message: string): string {
  return message
    .replace(/, "[\s\S]*" is not valid JSON$/, "")
    .replace(/\s*(in JSON )?at position \d+[\s\S]*$/, "")
    .replace(/^JSON\.parse: /, "");
}

/** Line and column (both 1-based) of a JSON.parse failure. */
export function locate(text: string, message: string): { line: number; column: number } {
  const position = /at position (\d+)/.exec(message);
  // Not every engine message carries an offset ("Unexpected token 'o'"); the scanner finds it.
  const offset = position?.[1] !== undefined ? Number(position[1]) : (jsonErrorOffset(text) ?? text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}
