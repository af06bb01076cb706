import { verifyRequest } from "@tcapi/auth";
import type { VerifyFailureReason } from "@tcapi/auth";
import { ApiError } from "./api-error.js";

export interface Credentials {
  accessId: string;
  secretKey: string;
  token: string;
  /** Epoch seconds; undefined = never expires. */
  tokenExpiresAt: number | undefined;
  /** Tokens that were replaced by a newer one: presenting them is a 401 (§2.2). */
  supersededTokens: Set<string>;
}

/** Server messages and statuses per failure (§2.3). */
const FAILURES: Record<VerifyFailureReason, [number, string]> = {
  "malformed-header": [403, "Access Denied"],
  "unknown-access-id": [403, "Access Denied"],
  "signature-mismatch": [403, "Signature data did not match expected result"],
  "timestamp-out-of-range": [403, "Timestamp out of acceptable time range"],
  "invalid-timestamp": [403, "Invalid timestamp"],
  "expired-token": [401, "Unauthorized"],
  "unknown-token": [401, "Unauthorized"],
};

/** Check HMAC or TC-Token auth over the raw request target; throws an ApiError on failure. */
export async function authenticate(
  request: { method: string; target: string; authorization: string | null; timestamp: string | null },
  credentials: Credentials,
  now: () => number,
): Promise<void> {
  if (request.authorization === null || request.authorization.trim() === "") {
    throw new ApiError(403, "Access Denied");
  }

  const result = await verifyRequest({
    method: request.method,
    target: request.target,
    authorization: request.authorization,
    timestamp: request.timestamp,
    lookupSecret: (id) => (id === credentials.accessId ? credentials.secretKey : undefined),
    lookupToken: (token) => {
      if (token === credentials.token) {
        return credentials.tokenExpiresAt === undefined ? {} : { expiresAt: credentials.tokenExpiresAt };
      }
      if (credentials.supersededTokens.has(token)) return { revoked: true };
      return undefined;
    },
    now,
  });

  if (!result.ok) {
    const [status, message] = FAILURES[result.reason];
    throw new ApiError(status, message);
  }
}
