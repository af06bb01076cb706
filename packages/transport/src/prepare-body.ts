import type { TcRequest } from "./types.js";

/** A request body ready to send, with its content type. */
export interface PreparedBody {
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType?: string;
  /** A stream can be read once, so its request cannot be retried. */
  replayable: boolean;
}

// Objects JSON.stringify would silently turn into "{}"; their bytes need reading first.
const UNREADABLE = ["Blob", "FormData", "URLSearchParams"] as const;

function rawBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

function refuseUnreadable(body: unknown): void {
  for (const name of UNREADABLE) {
    const type = (globalThis as Record<string, unknown>)[name];
    if (typeof type === "function" && body instanceof type) {
      throw new TypeError(
        `body is a ${name}; pass its content as a string, Uint8Array or ReadableStream (e.g. new Uint8Array(await blob.arrayBuffer()))`,
      );
    }
  }
}

// A header value: visible ASCII and spaces only, so no line break can start another header.
const HEADER_VALUE = /^[\x20-\x7e]+$/;

function checkContentType(contentType: string | undefined): void {
  if (contentType !== undefined && !HEADER_VALUE.test(contentType)) {
    throw new TypeError(
      `contentType must be a MIME type in plain ASCII without line breaks, e.g. "application/octet-stream" (got ${JSON.stringify(contentType)})`,
    );
  }
}

/** JSON-serialises plain values; strings, bytes (any ArrayBuffer or view) and streams go out raw. */
export function prepareBody(request: TcRequest): PreparedBody {
  const { body } = request;
  checkContentType(request.contentType);
  if (body === undefined) return { replayable: true };

  const bytes = rawBytes(body);
  if (typeof body === "string" || bytes !== undefined) {
    return { body: bytes ?? (body as string), contentType: request.contentType ?? "application/octet-stream", replayable: true };
  }
  if (body instanceof ReadableStream) {
    return {
      body: body as ReadableStream<Uint8Array>,
      contentType: request.contentType ?? "application/octet-stream",
      replayable: false,
    };
  }
  refuseUnreadable(body);
  return { body: JSON.stringify(body), contentType: request.contentType ?? "application/json", replayable: true };
}
