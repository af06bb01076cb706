import type { TcRequest } from "./types.js";

/** A request body ready to send, with its content type. */
export interface PreparedBody {
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType?: string;
  /** A stream can be read once, so its request cannot be retried. */
  replayable: boolean;
}

/** JSON-serialises plain values; strings, bytes and streams go out raw. */
export function prepareBody(request: TcRequest): PreparedBody {
  const { body } = request;
  if (body === undefined) return { replayable: true };

  if (typeof body === "string" || body instanceof Uint8Array) {
    return { body, contentType: request.contentType ?? "application/octet-stream", replayable: true };
  }
  if (body instanceof ReadableStream) {
    return {
      body: body as ReadableStream<Uint8Array>,
      contentType: request.contentType ?? "application/octet-stream",
      replayable: false,
    };
  }
  return { body: JSON.stringify(body), contentType: request.contentType ?? "application/json", replayable: true };
}
