import { TcApiError, TcNetworkError, TcRateLimitError, TcServerError, TcTimeoutError } from "./errors.js";
import type { TcMethod } from "./types.js";

/** Resolved retry settings. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryPost: boolean;
  random: () => number;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * Whether an error may be retried. GET, PUT and DELETE are idempotent in v2; a POST is
 * retried only when it never reached the server, or when the caller accepted duplicates.
 */
export function isRetryable(error: unknown, method: TcMethod, retryPost: boolean): boolean {
  const idempotent = method !== "POST" || retryPost;

  if (error instanceof TcNetworkError) return idempotent || error.notSent;
  if (error instanceof TcTimeoutError) return idempotent;
  if (error instanceof TcRateLimitError || error instanceof TcServerError) {
    return idempotent && RETRYABLE_STATUS.has(error.status);
  }
  return error instanceof TcApiError && idempotent && RETRYABLE_STATUS.has(error.status);
}

/**
 * Exponential backoff with "equal jitter": half the capped exponential delay is fixed, the
 * other half random, so retries spread out yet never collapse to zero.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential / 2 + (exponential / 2) * policy.random());
}
