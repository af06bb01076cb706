import { hmacNode } from "./hmac-node.js";
import { prepareSignature, signedHeaders } from "./sign.js";
import type { SignedHeaders, SignInput } from "./sign.js";

/**
 * Synchronous {@link sign} through node:crypto; only in the `node` entry.
 *
 * @public
 */
export function signSync(input: SignInput): SignedHeaders {
  const prepared = prepareSignature(input);
  const signature = hmacNode(prepared.secretKey, prepared.message);

  return signedHeaders(prepared.accessId, signature, prepared.timestamp);
}
