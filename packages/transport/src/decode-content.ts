import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from "node:zlib";

const DECODERS: Readonly<Record<string, () => Gunzip>> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * The body with its Content-Encoding undone, as fetch does it. undici's dispatcher API hands
 * over the bytes as sent, and some endpoints compress unasked (batch errors, reference §4.4).
 * Codings are listed in the order they were applied, so they are undone from the last.
 * An unknown coding leaves the body as it is; decoding it would then fail visibly.
 */
export function decodeContent(body: Readable, contentEncoding: string | null): Readable {
  if (contentEncoding === null) return body;
  const codings = contentEncoding.toLowerCase().split(",").map((c) => c.trim()).reverse();
  const decoders: NodeJS.ReadWriteStream[] = [];
  for (const coding of codings) {
    if (coding === "" || coding === "identity") continue;
    const create = DECODERS[coding];
    if (create === undefined) return body;
    decoders.push(create());
  }
  if (decoders.length === 0) return body;

  // pipeline destroys every stage (and so the socket's body) when one fails.
  return pipeline([body, ...decoders], () => undefined) as unknown as Readable;
}
