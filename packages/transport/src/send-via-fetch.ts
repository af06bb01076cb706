import type { Sender, SendResponse } from "./sender.js";
import type { FetchLike } from "./types.js";

function wrap(response: Response, release: () => void): SendResponse {
  return {
    status: response.status,
    header: (name) => response.headers.get(name),
    headers: () => response.headers,
    text: async () => {
      try {
        return await response.text();
      } finally {
        release();
      }
    },
    stream: () => response.body ?? new ReadableStream<Uint8Array>({ start: (c) => { c.close(); } }),
    cancel: () => {
      release();
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
    // timeout no longer ends the body read, which then hangs. Our signal's listener holds it
    // until the body has been read or dropped; holding it longer would keep every request
    // body alive for as long as the signal lives (a timeout signal lives until it fires).
    const hold = (): AbortSignal => sent.signal;
    const release = (): void => request.signal?.removeEventListener("abort", hold);
    request.signal?.addEventListener("abort", hold, { once: true });

    try {
      return wrap(await fetchImpl(sent), release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return { send, nativeTimeouts: false };
}
