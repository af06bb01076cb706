import type { Redactor } from "./redact.js";

/** A request to render as curl; headers may hold real credentials, they are redacted here. */
export interface CurlInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | undefined;
  /** True when the body is binary or a stream and is shown as a file reference. */
  binaryBody?: boolean;
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A copy-pastable curl command with every credential masked by `redactor`. */
export function toCurlCommand(input: CurlInput, redactor: Redactor): string {
  const parts = ["curl", "-X", input.method, quote(redactor.url(input.url))];

  for (const [name, value] of Object.entries(redactor.headers(input.headers))) {
    parts.push("-H", quote(`${name}: ${value}`));
  }
  if (input.binaryBody === true) parts.push("--data-binary", "@body.bin");
  else if (input.body !== undefined) parts.push("--data-raw", quote(redactor.text(input.body)));

  return parts.join(" ");
}
