import type { AuthStrategy } from "./auth-strategy.js";
import { assertEpochSeconds, assertFunction, assertObject, assertSeconds, assertToken, readClock } from "./validate.js";

/**
 * A token and, when known, when it expires (Unix epoch seconds).
 *
 * @public
 */
export interface TokenGrant {
  token: string;
  expiresAt?: number;
}

/**
 * Options for {@link createTokenAuth}.
 *
 * @public
 */
export interface TokenAuthOptions {
  token: string;
  /** Unix epoch seconds after which the token is no longer accepted. */
  expiresAt?: number;
  /** Called with the old token when it has expired or is about to. */
  renew?: (expiredToken: string) => Promise<TokenGrant>;
  /** Renew this many seconds before `expiresAt`. @defaultValue 15 */
  marginSeconds?: number;
  /** Milliseconds since the epoch. @defaultValue Date.now */
  now?: () => number;
}

// The Python SDK renews app-runtime tokens 15 s before expiry (API reference
// section 2.2); the same margin covers a request still in flight.
const DEFAULT_MARGIN_SECONDS = 15;

function checkExpiry(value: unknown, field: string): number | undefined {
  return value === undefined ? undefined : assertEpochSeconds(value, field);
}

/**
 * Creates an {@link AuthStrategy} that sends `Authorization: TC-Token <token>`.
 * With `renew`, a token whose expiry has passed or falls within the margin is
 * renewed first; concurrent requests share one renewal.
 *
 * @throws TypeError naming the field when an option is malformed.
 * @public
 */
export function createTokenAuth(options: TokenAuthOptions): AuthStrategy {
  assertObject(options, "createTokenAuth needs an object { token, expiresAt?, renew?, marginSeconds?, now? }");

  let current: TokenGrant = {
    token: assertToken(options.token),
    ...optionalExpiry(checkExpiry(options.expiresAt, "expiresAt")),
  };
  const margin = assertSeconds(options.marginSeconds ?? DEFAULT_MARGIN_SECONDS, "marginSeconds");
  const now = options.now ?? Date.now;
  const renew = options.renew;
  let renewal: Promise<TokenGrant> | undefined;

  assertFunction(now, "now");

  if (renew !== undefined) {
    assertFunction(renew, "renew");
  }

  function isDue(): boolean {
    return current.expiresAt !== undefined && readClock(now) / 1000 >= current.expiresAt - margin;
  }

  async function renewOnce(renewToken: NonNullable<typeof renew>): Promise<TokenGrant> {
    const granted = await renewToken(current.token);

    assertObject(granted, "renew must resolve to an object { token, expiresAt? }");

    const token = assertToken(granted.token, "renewed token");
    const expiresAt = checkExpiry(granted.expiresAt, "renewed expiresAt");

    current = { token, ...optionalExpiry(expiresAt) };

    return current;
  }

  return {
    scheme: "TC-Token",
    async headers() {
      if (renew !== undefined && isDue()) {
        renewal ??= renewOnce(renew).finally(() => {
          renewal = undefined;
        });
        await renewal;
      }

      return { Authorization: `TC-Token ${current.token}` };
    },
  };
}

// exactOptionalPropertyTypes: leave the key out rather than set it to undefined.
function optionalExpiry(expiresAt: number | undefined): { expiresAt?: number } {
  return expiresAt === undefined ? {} : { expiresAt };
}
