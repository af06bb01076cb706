/**
 * Computes `base64(HMAC-SHA256(key = UTF-8(secretKey), data = UTF-8(message)))`.
 *
 * Injected into the signer (as SigV4 injects its hash) so that the shared
 * implementation imports no crypto module and each entry point only differs
 * in this primitive.
 *
 * @public
 */
export type HmacSha256Base64 = (
  secretKey: string,
  message: string,
) => string | Promise<string>;

/**
 * Compares two strings in time that does not depend on where they differ.
 *
 * @public
 */
export type TimingSafeEqual = (expected: string, actual: string) => boolean;

/**
 * The platform-specific pieces the shared implementation needs.
 *
 * @public
 */
export interface CryptoPrimitives {
  readonly hmac: HmacSha256Base64;
  readonly equal: TimingSafeEqual;
}
