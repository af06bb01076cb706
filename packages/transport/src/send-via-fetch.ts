import type { Sender, SendResponse } from "./sender.js";
import type { FetchLike } from "./types.js";

function wrap(response: Response): SendResponse {
  return {
    status: response.status,
    header: (name) => response.headers.get(name),
    headers: () => response.headers,
    text: () => response.text(),
    stream: () => response.body ?? new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } }),
    cancel: () => {
      response.body?.cancel().catch(() => undefined);
    },
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
      // Redirects are reported, not followed, like the undici sender does.
      redirect: "manual",
    };
    if (request.body !== undefined) {
      init.body = request.body as NonNullable<RequestInit["body"]>;
      // Streaming request bodies need half duplex in fetch implementations that support them.
      if (request.body instanceof ReadableStream) init.duplex = "half";
    }
    const sent = new Request(request.url, init);
    // Node's fetch follows our signal only through a weak reference to the Request's own
    // controller: once the Request is collected (any time after the headers), an abort or
    // timeout no longer ends the body read, which then hangs. Our signal's listener holds it.
    request.signal?.addEventListener("abort", () => sent.signal, { once: true });
    return wrap(await fetchImpl(sent));
  };
  return { send, nativeTimeouts: false };
}
