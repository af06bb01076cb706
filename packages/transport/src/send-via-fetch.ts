import type { Sender, SendResponse } from "./sender.js";
import type { FetchLike } from "./types.js";

function wrap(response: Response): SendResponse {
  return {
    status: response.status,
    header: (name) => response.headers.get(name),
    headers: () => response.headers,
    text: () => response.text(),
    stream: () => response.body ?? new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } }),
  };
}

/**
 * A sender over any fetch implementation (the global one, or the caller's). It always passes
 * one Request object, so handlers that take only a Request (Hono's app.fetch, the in-process
 * sandbox) work as well as fetch itself.
 */
export function createFetchSender(fetchImpl: FetchLike): Sender {
  const send: Sender["send"] = async (request) => {
    const init: RequestInit & { duplex?: "half" } = {
      method: request.method,
      headers: request.headers,
      signal: request.signal ?? null,
    };
    if (request.body !== undefined) {
      init.body = request.body as NonNullable<RequestInit["body"]>;
      // Streaming request bodies need half duplex in fetch implementations that support them.
      if (request.body instanceof ReadableStream) init.duplex = "half";
    }
    return wrap(await fetchImpl(new Request(request.url, init)));
  };
  return { send, nativeTimeouts: false };
}
