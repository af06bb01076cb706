import type { HmacSha256Base64 } from "./crypto-primitives.js";
import { signatureMessage } from "./signature-message.js";
import { rejection } from "./rejection.js";
import { assertAccessId, assertSecretKey } from "./validate.js";

/**
 * The two headers of an HMAC-signed request (API reference section 2.1).
 *
 * @public
 */
export interface SignedHeaders {
  Timestamp: string;
  Authorization: string;
}

/**
 * What to sign: credentials, the upper- or lower-case method, the request
 * target exactly as sent, and Unix epoch seconds.
 *
 * @public
 */
export interface SignInput {
  accessId: string;
  secretKey: string;
  method: string;
  target: string;
  timestamp: number;
}

/**
 * Signs one request and returns its `Timestamp` and `Authorization` headers.
 *
 * @public
 */
export type Sign = (input: SignInput) => Promise<SignedHeaders>;

/** Checks the input and builds the message; shared by the async and sync signers. */
export function prepareSignature(input: SignInput): { accessId: string; secretKey: string; message: string; timestamp: number } {
  // Plain JavaScript callers can pass anything.
  const raw: unknown = input;

  if (typeof raw !== "object" || raw === null) {
    throw new TypeError("@tcapi/auth: sign needs an object { accessId, secretKey, method, target, timestamp }");
  }

  const accessId = assertAccessId(input.accessId);
  const secretKey = assertSecretKey(input.secretKey);
  const message = signatureMessage(input.target, input.method, input.timestamp);

  return { accessId, secretKey, message, timestamp: input.timestamp };
}

/** Formats the headers once the signature is known. */
export function signedHeaders(accessId: string, signature: string, timestamp: number): { Timestamp: string; Authorization: string } {
  return {
    Timestamp: String(timestamp),
    Authorization: `TC ${accessId}:${signature}`,
  };
}

/** Binds `sign` to one HMAC primitive. */
export function createSign(hmac: HmacSha256Base64): Sign {
  // No async function and no closure on the synchronous node:crypto path:
  // each would cost a noticeable share of a signature.
  return (input) => {
    try {
      const prepared = prepareSignature(input);
      const signature = hmac(prepared.secretKey, prepared.message);

      return typeof signature === "string"
        ? Promise.resolve(signedHeaders(prepared.accessId, signature, prepared.timestamp))
        : signature.then((value) => signedHeaders(prepared.accessId, value, prepared.timestamp));
    } catch (error) {
      return rejection(error);
    }
  };
}
