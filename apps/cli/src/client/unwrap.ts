/**
 * The entity inside an envelope's data: `{ resultCount, owner: [...] }` gives the array,
 * `{ host: {...} }` the object (API reference §4.2). Anything else is returned as is.
 */
export function unwrapEntity(data: unknown): unknown {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return data;

  const keys = Object.keys(data).filter((key) => key !== "resultCount");
  const only = keys.length === 1 ? keys[0] : undefined;
  return only === undefined ? data : (data as Record<string, unknown>)[only];
}

/** The entity as a list: a single object becomes a one-item list, nothing an empty one. */
export function unwrapList(data: unknown): unknown[] {
  const entity = unwrapEntity(data);
  if (entity === undefined || entity === null) return [];
  return Array.isArray(entity) ? entity : [entity];
}
