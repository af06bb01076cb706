/**
 * The request target (path + query) exactly as it arrived, for signature checks.
 *
 * Behind @hono/node-server the Node request's `url` is the raw target. In process we only
 * have the Request URL string, which the WHATWG URL parser has already normalised (dot
 * segments resolved, some characters escaped), so a signature made over an unusual target
 * may differ there; `%XX` escapes and `+` are kept as sent in both cases.
 */
export function rawTarget(requestUrl: string, incomingUrl: string | undefined): string {
  if (incomingUrl?.startsWith("/") === true) return incomingUrl;

  const schemeEnd = requestUrl.indexOf("://");
  const pathStart = schemeEnd === -1 ? 0 : requestUrl.indexOf("/", schemeEnd + 3);
  if (pathStart === -1) return "/";
  const hash = requestUrl.indexOf("#", pathStart);
  return hash === -1 ? requestUrl.slice(pathStart) : requestUrl.slice(pathStart, hash);
}
