/** Reads the server's wait hint from a response's headers. */
export interface RetryHint {
  /** Milliseconds to wait, when the server said. */
  delayMs?: number;
  /** True when X-RateLimit-Remaining says the budget is spent. */
  exhausted: boolean;
}

// Values above this are epoch seconds rather than a number of seconds to wait.
const EPOCH_THRESHOLD = 1_000_000_000;

function secondsOrDate(value: string, now: number): number | undefined {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Number(trimmed) * 1000);

  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function resetDelay(value: string, now: number): number | undefined {
  const seconds = Number(value.trim());
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return seconds > EPOCH_THRESHOLD ? Math.max(0, seconds * 1000 - now) : seconds * 1000;
}

/**
 * Retry-After (delta seconds or an HTTP date, RFC 9110 §10.2.3) wins; otherwise, when
 * X-RateLimit-Remaining is 0, X-RateLimit-Reset (delta seconds or epoch seconds).
 */
export function parseRetryAfter(get: (name: string) => string | null, now: number): RetryHint {
  const remaining = get("x-ratelimit-remaining");
  const exhausted = remaining !== null && Number(remaining.trim()) <= 0;

  const retryAfter = get("retry-after");
  const fromRetryAfter = retryAfter === null ? undefined : secondsOrDate(retryAfter, now);
  if (fromRetryAfter !== undefined) return { delayMs: fromRetryAfter, exhausted };

  const reset = get("x-ratelimit-reset");
  const fromReset = reset === null ? undefined : resetDelay(reset, now);
  if (exhausted && fromReset !== undefined) return { delayMs: fromReset, exhausted };
  return { exhausted };
}
