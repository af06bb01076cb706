import type { AuthStrategy } from "./auth-strategy.js";
import type { HmacSha256Base64 } from "./crypto-primitives.js";
import { signatureMessage } from "./signature-message.js";
import { signedHeaders } from "./sign.js";
import { rejection } from "./rejection.js";
import { assertAccessId, assertFunction, assertObject, assertSecretKey, readClock } from "./validate.js";

/**
 * Options for {@link CreateHmacAuth}.
 *
 * @public
 */
export interface HmacAuthOptions {
  accessId: string;
  secretKey: string;
  /** Milliseconds since the epoch; transport passes a skew-corrected clock. @defaultValue Date.now */
  now?: () => number;
}

/**
 * Creates an {@link AuthStrategy} that signs each request with Access ID and
 * Secret Key (`Authorization: TC <accessId>:<signature>` plus `Timestamp`).
 *
 * @public
 */
export type CreateHmacAuth = (options: HmacAuthOptions) => AuthStrategy;

/** Binds `createHmacAuth` to one HMAC primitive. */
export function createHmacAuthWith(hmac: HmacSha256Base64): CreateHmacAuth {
  return (options) => {
    // Checked up front so a misconfiguration fails at start-up, not on the
    // first request.
    assertObject(options, "createHmacAuth needs an object { accessId, secretKey, now? }");

    const accessId = assertAccessId(options.accessId);
    const secretKey = assertSecretKey(options.secretKey);
    const now = options.now ?? Date.now;

    assertFunction(now, "now");

    return {
      scheme: "TC",
      headers(request) {
        try {
          // Credentials were checked once above; only the request is checked here.
          assertObject(request, "request must be an object { method, target }");

          const timestamp = Math.floor(readClock(now) / 1000);
          const message = signatureMessage(request.target, request.method, timestamp);
          const signature = hmac(secretKey, message);

          return typeof signature === "string"
            ? Promise.resolve(signedHeaders(accessId, signature, timestamp))
            : signature.then((value) => signedHeaders(accessId, value, timestamp));
        } catch (error) {
          return rejection(error);
        }
      },
    };
  };
}
