import { UsageError } from "../errors/cli-error.js";

/** Parses JSON; a syntax error becomes a UsageError naming the source, line and column. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const { line, column } = locate(text, message);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    throw new UsageError(
      `${source} is not valid JSON at line ${line}, column ${column}: ${reason}; fix the file and try again.`,
    );
  }
}

/** Line and column (both 1-based) of a JSON.parse failure, from the offset V8 reports. */
export function locate(text: string, message: string): { line: number; column: number } {
  const explicit = /line (\d+) column (\d+)/.exec(message);
  if (explicit?.[1] !== undefined && explicit[2] !== undefined) {
    return { line: Number(explicit[1]), column: Number(explicit[2]) };
  }

  const position = /position (\d+)/.exec(message);
  // "Unexpected end of JSON input" carries no offset: the problem is at the end.
  const offset = position?.[1] !== undefined ? Number(position[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}
