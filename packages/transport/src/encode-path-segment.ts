/**
 * Percent-encodes one path segment or query value like Python's `quote(value, safe='~')`
 * (reference §3.2): everything except A-Z a-z 0-9 - . _ ~ is escaped as UTF-8, space as %20.
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
