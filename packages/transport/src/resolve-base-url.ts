import { BASE_URL_PRESETS } from "./base-url-presets.js";
import { TcConfigError } from "./errors.js";

function isLoopback(hostname: string): boolean {
  if (hostname === "localhost" || hostname === "[::1]") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The URL text for a message, with any user name and password hidden. */
function shown(text: string): string {
  return text.replace(/^([^/]*\/\/)[^/?#]*@/, "$1***@");
}

function isPreset(value: string): value is keyof typeof BASE_URL_PRESETS {
  return Object.hasOwn(BASE_URL_PRESETS, value);
}

/**
 * Turns a preset name or URL into the base URL requests are built on: no query, no fragment,
 * no trailing slash. Plain http is refused for non-loopback hosts unless allowed by name.
 */
export function resolveBaseUrl(input: string, allowInsecureHttp = false): URL {
  const text = isPreset(input) ? BASE_URL_PRESETS[input] : input;

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TcConfigError(
      `baseUrl "${shown(text)}" is not a valid URL; use "cloud", "legacy", "sandbox" or a full URL such as https://tc.example.com/api`,
    );
  }

  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TcConfigError(`baseUrl "${shown(text)}" must use https:// (got ${url.protocol})`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new TcConfigError("baseUrl must not contain a user name or password; pass credentials as options");
  }
  if (url.search !== "" || url.hash !== "") {
    throw new TcConfigError(`baseUrl "${url.origin}${url.pathname}" must not have a query or fragment`);
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname) && !allowInsecureHttp) {
    throw new TcConfigError(
      `baseUrl ${url.origin} uses plain http to a non-loopback host; use https, or set allowInsecureHttp: true if you really mean it`,
    );
  }

  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}
