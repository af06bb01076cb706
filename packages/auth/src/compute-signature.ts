import type { HmacSha256Base64 } from "./crypto-primitives.js";
import { rejection } from "./rejection.js";
import { assertSecretKey } from "./validate.js";

/**
 * `base64(HMAC-SHA256(secretKey, message))`.
 *
 * @public
 */
export type ComputeSignature = (secretKey: string, message: string) => Promise<string>;

/** Binds the signature computation to one HMAC primitive. */
export function createComputeSignature(hmac: HmacSha256Base64): ComputeSignature {
  return (secretKey, message) => {
    try {
      assertSecretKey(secretKey);

      if (typeof message !== "string") {
        throw new TypeError("@tcapi/auth: message must be a string such as /api/v2/owners:GET:1513703787");
      }

      return Promise.resolve(hmac(secretKey, message));
    } catch (error) {
      return rejection(error);
    }
  };
}
