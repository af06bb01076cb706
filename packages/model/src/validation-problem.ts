/** The result shapes every validator in this package returns. */

/**
 * One thing wrong with an input. `message` names the value, the rule and how to fix it, and is
 * written to be shown as is: the sandbox puts it in a 400 `Failure` message, the client in its error.
 * @public
 */
export interface ValidationProblem {
  /** Body key or parameter the problem is about, e.g. `"hostName"`, `"Key Name"`, `"summary"`, `"rating"`. */
  field: string;
  /** Stable machine-readable rule id, e.g. `"asn-format"`, `"max-length"`. */
  rule: string;
  message: string;
}

/** Either the accepted value or every problem found. @public */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] };

const MAX_QUOTED = 120;

// Control characters are exactly what must be made visible in a message.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f"]/g;

function escapeControl(c: string): string {
  if (c === '"') return '\\"';
  if (c === "\n") return "\\n";
  if (c === "\t") return "\\t";
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Quotes a value for a message, cutting very long values so messages stay readable. Backslashes
 * stay single (registry keys read as written); quotes and control characters are escaped.
 */
export function quote(value: string): string {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return `"${cut.replace(CONTROL, escapeControl)}"`;
}

/** Describes a non-string input for a message without dumping it. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return `a value of type ${typeof value}`;
}

/** Builds a failed result from problems. */
export function failed<T>(problems: ValidationProblem[]): Validated<T> {
  return { ok: false, problems };
}
