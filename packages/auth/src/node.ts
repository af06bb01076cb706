// Entry point for Node (the `node` export condition): the same API as the
// default entry, with node:crypto as a synchronous HMAC and timingSafeEqual.
import { timingSafeEqualNode } from "./timing-safe-equal-node.js";
import { createComputeSignature } from "./compute-signature.js";
import type { ComputeSignature } from "./compute-signature.js";
import { createHmacAuthWith } from "./create-hmac-auth.js";
import type { CreateHmacAuth } from "./create-hmac-auth.js";
import { hmacNode } from "./hmac-node.js";
import { createSign } from "./sign.js";
import type { Sign } from "./sign.js";
import { createVerifyRequest } from "./verify-request.js";
import type { VerifyRequest } from "./verify-request.js";

/** `base64(HMAC-SHA256(secretKey, message))` via node:crypto. @public */
export const computeSignature: ComputeSignature = createComputeSignature(hmacNode);

/** Signs one request: `Timestamp` and `Authorization: TC <accessId>:<signature>`. @public */
export const sign: Sign = createSign(hmacNode);

/** An {@link AuthStrategy} signing each request with Access ID and Secret Key. @public */
export const createHmacAuth: CreateHmacAuth = createHmacAuthWith(hmacNode);

/** Verifies a received request's `TC` or `TC-Token` authorization. @public */
export const verifyRequest: VerifyRequest = createVerifyRequest({ hmac: hmacNode, equal: timingSafeEqualNode });

export { clearKeyCache } from "./clear-key-cache-node.js";
export { signSync } from "./sign-sync.js";
export { createSignedFetch } from "./create-signed-fetch.js";
export { createTokenAuth } from "./create-token-auth.js";
export { requestTarget } from "./request-target.js";
export { signatureMessage } from "./signature-message.js";
export { toCurl } from "./to-curl.js";

export type { AuthRequest, AuthStrategy } from "./auth-strategy.js";
export type { ComputeSignature } from "./compute-signature.js";
export type { CreateHmacAuth, HmacAuthOptions } from "./create-hmac-auth.js";
export type { TokenAuthOptions, TokenGrant } from "./create-token-auth.js";
export type { CurlInput, CurlOptions } from "./to-curl.js";
export type { Sign, SignedHeaders, SignInput } from "./sign.js";
export type {
  TokenRecord,
  VerifyFailureReason,
  VerifyRequest,
  VerifyRequestInput,
  VerifyResult,
} from "./verify-request.js";
