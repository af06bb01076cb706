import { clearKeyCache as clearWebKeyCache } from "./hmac-web.js";
import { clearNodeKeyCache } from "./hmac-node.js";

/**
 * Forgets every cached key (node:crypto and WebCrypto), e.g. after rotating a
 * secret.
 *
 * @public
 */
export function clearKeyCache(): void {
  clearNodeKeyCache();
  clearWebKeyCache();
}
