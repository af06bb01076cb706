/** Masks credentials in everything that leaves the transport: errors, debug lines, hooks, curl. */
export interface Redactor {
  /** A copy of the headers with Authorization and credential-like headers masked. */
  headers(headers: Record<string, string>): Record<string, string>;
  /** The URL with credential-like query values masked. */
  url(url: string): string;
  /** Free text (server messages, excerpts) with every known secret masked. */
  text(text: string): string;
}

const MASK = "***";
const SECRET_NAME = /token|secret|password|signature|cookie|api[-_]?key/i;

/** `TC <accessId>:***`, `TC-Token ***`, or `<scheme> ***` for anything else. */
export function redactAuthorization(value: string): string {
  const hmac = /^TC\s+([^:\s]*):/.exec(value);
  if (hmac) return `TC ${hmac[1] ?? ""}:${MASK}`;

  const scheme = /^(\S+)\s/.exec(value);
  return scheme ? `${scheme[1] ?? ""} ${MASK}` : MASK;
}

/**
 * The one redaction used everywhere. `secrets` are the configured secret key and token;
 * they are masked wherever they appear, as a second line of defence behind the
 * name-based rules.
 */
export function createRedactor(secrets: readonly (string | undefined)[] = []): Redactor {
  // Very short values would mask ordinary words; real keys and tokens are long.
  const known = secrets.filter((s): s is string => s !== undefined && s.length >= 6);

  const text = (input: string): string => {
    // A server or proxy may echo the Authorization header back in an error page.
    let out = input
      .replace(/\bTC\s+([^:\s]*):[A-Za-z0-9+/=]{8,}/g, `TC $1:${MASK}`)
      .replace(/\bTC-Token\s+\S+/g, `TC-Token ${MASK}`)
      // API tokens have a recognisable shape (reference §2.2), even ones this client never held.
      .replace(/\bAPIV\d+:[A-Za-z0-9+/=:._-]+/g, MASK);
    for (const secret of known) out = out.split(secret).join(MASK);
    return out;
  };

  const headers = (input: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(input)) {
      if (name.toLowerCase() === "authorization") out[name] = redactAuthorization(value);
      else if (SECRET_NAME.test(name)) out[name] = MASK;
      else out[name] = text(value);
    }
    return out;
  };

  const url = (input: string): string => {
    const masked = input.replace(/([?&])([^=&#]*)=([^&#]*)/g, (whole, sep: string, name: string) =>
      SECRET_NAME.test(decodeSafely(name)) ? `${sep}${name}=${MASK}` : whole,
    );
    return text(masked);
  };

  return { headers, url, text };
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
