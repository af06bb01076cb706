import { createHmac, createSecretKey } from "node:crypto";
import type { KeyObject } from "node:crypto";

// Turning the secret string into a key costs about a quarter of a signature,
// so keys are cached per secret: bounded, memory only, never read or logged.
// A KeyObject skips even the copy of the key bytes on each createHmac call.
const MAX_CACHED_KEYS = 50;

const keyBytes = new Map<string, KeyObject | Buffer>();

// Runtimes that emulate node:crypto (Bun, Deno) may lack KeyObject support in
// createHmac; fall back to plain bytes there.
function toKey(bytes: Buffer): KeyObject | Buffer {
  try {
    const key = createSecretKey(bytes);

    createHmac("sha256", key).update("").digest();

    return key;
  } catch {
    return bytes;
  }
}

function keyFor(secretKey: string): KeyObject | Buffer {
  const cached = keyBytes.get(secretKey);

  if (cached !== undefined) {
    return cached;
  }

  if (keyBytes.size >= MAX_CACHED_KEYS) {
    const oldest = keyBytes.keys().next();

    if (oldest.done !== true) {
      keyBytes.delete(oldest.value);
    }
  }

  const key = toKey(Buffer.from(secretKey, "utf8"));

  keyBytes.set(secretKey, key);

  return key;
}

/**
 * HMAC-SHA256 through node:crypto, synchronous, for the `node` entry point.
 *
 * @public
 */
export function hmacNode(secretKey: string, message: string): string {
  return createHmac("sha256", keyFor(secretKey)).update(message, "utf8").digest("base64");
}

/**
 * Forgets every cached node:crypto key, e.g. after rotating a secret.
 *
 * @public
 */
export function clearNodeKeyCache(): void {
  keyBytes.clear();
}
