// Entry point for every runtime with WebCrypto (browsers, Deno, Bun, Workers);
// imports no node: module. The node entry differs only in its primitives.
import { constantTimeEqual } from "./constant-time-equal.js";
import { createComputeSignature } from "./compute-signature.js";
import type { ComputeSignature } from "./compute-signature.js";
import { createHmacAuthWith } from "./create-hmac-auth.js";
import type { CreateHmacAuth } from "./create-hmac-auth.js";
import { hmacWeb } from "./hmac-web.js";
import { createSign } from "./sign.js";
import type { Sign } from "./sign.js";
import { createVerifyRequest } from "./verify-request.js";
import type { VerifyRequest } from "./verify-request.js";

/** `base64(HMAC-SHA256(secretKey, message))` via WebCrypto. @public */
export const computeSignature: ComputeSignature = createComputeSignature(hmacWeb);

/** Signs one request: `Timestamp` and `Authorization: TC <accessId>:<signature>`. @public */
export const sign: Sign = createSign(hmacWeb);

/** An {@link AuthStrategy} signing each request with Access ID and Secret Key. @public */
export const createHmacAuth: CreateHmacAuth = createHmacAuthWith(hmacWeb);

/** Verifies a received request's `TC` or `TC-Token` authorization. @public */
export const verifyRequest: VerifyRequest = createVerifyRequest({ hmac: hmacWeb, equal: constantTimeEqual });

export { clearKeyCache } from "./hmac-web.js";
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
