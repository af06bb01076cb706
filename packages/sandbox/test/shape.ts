/**
 * Shape comparison between a documented example and a real response: every documented key must
 * be present with the same JSON value type; arrays are compared by their first element. Extra
 * keys in the response are allowed (optional fields the example did not show).
 * Ids are documented both as numbers and as numeric strings (§4.3), so those two match.
 */
export function shapeDiff(documented: unknown, actual: unknown, path = "$"): string[] {
  const dt = kind(documented);
  const at = kind(actual);
  if (dt !== at) {
    const numericString = (v: unknown): boolean => typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v);
    if ((dt === "number" && numericString(actual)) || (at === "number" && numericString(documented))) return [];
    return [`${path}: documented ${dt}, got ${at}`];
  }
  if (dt === "array") {
    const d = documented as unknown[];
    const a = actual as unknown[];
    if (d.length === 0) return [];
    if (a.length === 0) return [`${path}: documented a non-empty array, got an empty one`];
    return shapeDiff(d[0], a[0], `${path}[0]`);
  }
  if (dt === "object") {
    const d = documented as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    return Object.keys(d).flatMap((key) => (key in a ? shapeDiff(d[key], a[key], `${path}.${key}`) : [`${path}: missing key "${key}"`]));
  }
  return [];
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
