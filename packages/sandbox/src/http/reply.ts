/** What a route handler returns: an envelope description, or a ready Response (downloads, bare JSON). */
export interface EnvelopeReply {
  status: number;
  /** The entity key under `data` (e.g. "owner"); absent for `{"status":"Success"}` only. */
  key?: string;
  value?: unknown;
  resultCount?: number;
  /** XML root element and Data xsi:type, when they differ from what `key` implies (§5). */
  xmlRoot?: string;
  xmlDataType?: string;
}

export type Reply = EnvelopeReply | Response;

/** `{"status":"Success","data":{key: value}}` for one item. */
export function itemReply(key: string, value: unknown, status = 200): EnvelopeReply {
  return { status, key, value };
}

/** `{"status":"Success","data":{"resultCount":n, key:[…]}}`; resultCount only when given. */
export function listReply(key: string, items: unknown[], resultCount: number | undefined): EnvelopeReply {
  return resultCount === undefined ? { status: 200, key, value: items } : { status: 200, key, value: items, resultCount };
}

/** `{"status":"Success"}` with no data. */
export function okReply(status = 200): EnvelopeReply {
  return { status };
}

/** A JSON body outside the envelope (batch results, bulk json, metric values). */
export function bareJson(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
}
