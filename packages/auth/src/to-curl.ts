import { requestTarget } from "./request-target.js";
import { normalizeMethod } from "./validate.js";

/**
 * A request to render as a curl command.
 *
 * @public
 */
export interface CurlInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * How {@link toCurl} renders HMAC authentication.
 *
 * @public
 */
export interface CurlOptions {
  /**
   * `"as-given"` shows the `Timestamp` and `TC` Authorization headers passed
   * in (valid for five minutes). `"openssl"` renders a short script that signs
   * at run time with the documented shell method, reading the secret from
   * `$TC_API_SECRET_KEY`. @defaultValue "as-given"
   */
  signature?: "as-given" | "openssl";
}

// Token credentials are long-lived, so they are replaced by a shell variable
// the reader sets; a TC signature is shown since it only proves one request
// for five minutes. Other schemes are masked because their contents are unknown.
const TOKEN_VARIABLE = "$TC_API_TOKEN";
const SECRET_VARIABLE = "$TC_API_SECRET_KEY";
const ACCESS_ID_VARIABLE = "$TC_API_ACCESS_ID";

/** Wraps a value in single quotes for POSIX shells. */
function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

// A method token may hold shell characters such as & | ` and '.
const SHELL_SAFE_METHOD = /^[A-Z0-9_-]+$/;

// The auth scheme and whether a credential follows it after exactly one
// space, the only form in which the scheme can be told from the credential.
function splitAuthorization(value: string): { scheme: string; hasCredential: boolean } {
  const match = /^(\S+) \S/.exec(value.trim());

  return match?.[1] === undefined ? { scheme: "", hasCredential: false } : { scheme: match[1], hasCredential: true };
}

function schemeOf(value: string): string {
  return splitAuthorization(value).scheme.toUpperCase();
}

function renderHeader(name: string, value: string): string {
  if (name.toLowerCase() !== "authorization" || schemeOf(value) === "TC") {
    return `-H ${quote(`${name}: ${value}`)}`;
  }

  if (schemeOf(value) === "TC-TOKEN") {
    // Double quotes so the shell expands the variable.
    return `-H "${name}: TC-Token ${TOKEN_VARIABLE}"`;
  }

  // Without a recognisable scheme the whole value may be the credential.
  const { scheme, hasCredential } = splitAuthorization(value);

  return `-H ${quote(`${name}: ${hasCredential ? `${scheme} ***` : "***"}`)}`;
}

// The access id is public; keep it when the header carries one so the script
// runs with only the secret set.
function accessIdFrom(headers: Record<string, string>): string {
  const authorization = Object.entries(headers).find(([name]) => name.toLowerCase() === "authorization")?.[1] ?? "";
  const credential = authorization.trim().slice(3);
  const colon = credential.lastIndexOf(":");

  return schemeOf(authorization) === "TC" && colon > 0 && /^[A-Za-z0-9._-]+$/.test(credential.slice(0, colon))
    ? credential.slice(0, colon)
    : ACCESS_ID_VARIABLE;
}

// The openssl script sends its own Timestamp and Authorization, so any passed
// in would be duplicates (a token among them would even be printed).
function isAuthHeader(name: string): boolean {
  const lower = name.toLowerCase();

  return lower === "timestamp" || lower === "authorization";
}

function parseUrl(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new TypeError("@tcapi/auth: url must be an absolute URL such as https://app.threatconnect.com/api/v2/owners");
  }
}

function checkInput(input: CurlInput): void {
  const raw: unknown = input.headers;

  if (typeof raw !== "object" || raw === null) {
    throw new TypeError("@tcapi/auth: headers must be an object of header names to values, e.g. {} or await auth.headers(...)");
  }

  if (input.body !== undefined && typeof input.body !== "string") {
    throw new TypeError("@tcapi/auth: body must be a string (serialise JSON with JSON.stringify first)");
  }
}

/**
 * Renders a curl command for the request. The `TC` Authorization value is
 * shown (the secret key is never part of it); a `TC-Token` token is replaced by
 * `$TC_API_TOKEN`, and other credentials by `***`. With
 * `{ signature: "openssl" }` the HMAC headers are computed when the script runs
 * (API reference section 2.1), from `$TC_API_SECRET_KEY`.
 *
 * @example toCurl({ method: "GET", url: "https://app.threatconnect.com/api/v2/owners", headers })
 * @throws TypeError when the method or URL is malformed.
 * @public
 */
export function toCurl(input: CurlInput, options: CurlOptions = {}): string {
  const method = normalizeMethod(input.method);
  const url = parseUrl(input.url);

  checkInput(input);

  // Send what the signature covers: the parsed, encoded URL without fragment,
  // and without a bare "?", which fetch drops but curl would send.
  // A password in the URL is a secret like any other.
  url.hash = "";

  if (url.search === "") {
    url.search = "";
  }

  if (url.password !== "") {
    url.password = "***";
  }

  const href = url.href;
  const parts = ["curl"];

  // curl would otherwise expand [] and {} in the URL as globs.
  if (/[[\]{}]/.test(href)) {
    parts.push("--globoff");
  }

  parts.push("-X", SHELL_SAFE_METHOD.test(method) ? method : quote(method), quote(href));

  const openssl = options.signature === "openssl";
  const script: string[] = [];

  if (openssl) {
    const message = `${requestTarget(url)}:${method}:`;

    script.push(
      "TS=$(date +%s)",
      `SIG=$(printf '%s' ${quote(message)}"$TS" | openssl dgst -sha256 -hmac "${SECRET_VARIABLE}" -binary | base64)`,
    );
    parts.push(`-H "Timestamp: $TS"`, `-H "Authorization: TC ${accessIdFrom(input.headers)}:$SIG"`);
  }

  for (const [name, value] of Object.entries(input.headers)) {
    if (!(openssl && isAuthHeader(name))) {
      parts.push(renderHeader(name, value));
    }
  }

  // --data-raw sends the text as is; --data-binary would read a file for "@path".
  if (input.body !== undefined) {
    parts.push("--data-raw", quote(input.body));
  }

  return [...script, parts.join(" ")].join("\n");
}
