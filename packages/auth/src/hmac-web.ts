// Importing a CryptoKey costs about as much as a signature, so keys are cached
// per secret. The cache is bounded and lives only in memory; nothing reads or
// logs its keys.
const MAX_CACHED_KEYS = 50;

// Derived from the global so no DOM library or node: types are needed.
type Subtle = typeof globalThis.crypto.subtle;
type Key = Awaited<ReturnType<Subtle["importKey"]>>;

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<Key>>();

// Keys already imported, so a signature does not wait an extra turn for a
// settled promise.
const readyKeys = new Map<string, Key>();

function subtle(): Subtle {
  const webCrypto = (globalThis as { crypto?: typeof globalThis.crypto }).crypto;

  if (webCrypto?.subtle === undefined) {
    throw new Error("@tcapi/auth: WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  }

  return webCrypto.subtle;
}

function importKey(secretKey: string): Promise<Key> {
  const cached = keyCache.get(secretKey);

  if (cached !== undefined) {
    return cached;
  }

  if (keyCache.size >= MAX_CACHED_KEYS) {
    const oldest = keyCache.keys().next();

    if (oldest.done !== true) {
      keyCache.delete(oldest.value);
      readyKeys.delete(oldest.value);
    }
  }

  const key = subtle().importKey(
    "raw",
    encoder.encode(secretKey),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );

  // A failed import must not poison the cache for later calls.
  key.then(
    (imported) => {
      if (keyCache.get(secretKey) === key) {
        readyKeys.set(secretKey, imported);
      }
    },
    () => keyCache.delete(secretKey),
  );
  keyCache.set(secretKey, key);

  return key;
}

/** Standard base64 with padding, without Buffer (absent outside Node). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";

  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }

  return btoa(binary);
}

/**
 * HMAC-SHA256 through WebCrypto, for browsers, Deno, Bun, Workers and Node;
 * the HMAC primitive of the default entry point.
 *
 * @public
 */
export const hmacWeb = async (secretKey: string, message: string): Promise<string> => {
  const key = readyKeys.get(secretKey) ?? (await importKey(secretKey));
  const mac = await subtle().sign("HMAC", key, encoder.encode(message));

  return bytesToBase64(new Uint8Array(mac));
};

/**
 * Forgets every cached WebCrypto key, e.g. after rotating a secret.
 *
 * @public
 */
export function clearKeyCache(): void {
  keyCache.clear();
  readyKeys.clear();
}
