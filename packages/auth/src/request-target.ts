// Parses relative strings against a placeholder origin; only path and query
// are read from the result, so the host never matters.
const PLACEHOLDER_BASE = "http://placeholder.invalid";

/**
 * Returns the path and query of a URL exactly as fetch puts them on the wire,
 * including any base-path prefix such as `/api` and the query's own encoding
 * (a space in `?owner=Common%20Community` stays `%20`, a `+` stays `+`).
 * The fragment is dropped because it is never sent.
 *
 * @example requestTarget("https://app.threatconnect.com/api/v2/owners?owner=A B") // "/api/v2/owners?owner=A%20B"
 * @throws TypeError when `url` is not a URL or a path starting with "/".
 * @public
 */
export function requestTarget(url: URL | string): string {
  const parsed = parse(url);

  // fetch (undici in Node, and the WHATWG URL serialiser) sends pathname plus
  // search; a bare "?" with nothing after it has an empty search and is not sent.
  return `${parsed.pathname}${parsed.search}`;
}

function parse(url: URL | string): URL {
  if (url instanceof URL) {
    return url;
  }

  if (typeof url !== "string" || url === "") {
    throw new TypeError("@tcapi/auth: url must be a URL object or a string such as https://app.threatconnect.com/api/v2/owners");
  }

  try {
    return url.startsWith("/") && !url.startsWith("//")
      ? new URL(url, PLACEHOLDER_BASE)
      : new URL(url);
  } catch {
    throw new TypeError("@tcapi/auth: url must be an absolute URL (https://host/api/v2/...) or a path starting with \"/\"");
  }
}
