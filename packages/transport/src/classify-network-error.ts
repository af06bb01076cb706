/** What a connection failure means for retrying. */
export interface NetworkFailure {
  /** True when the sender's own timeout fired (undici headers or body timeout). */
  timedOut: boolean;
  /** True when the request provably never reached the server. */
  notSent: boolean;
  /** A short reason without secrets, e.g. "ECONNRESET". */
  reason: string;
}

// Failures before a connection exists: nothing was sent, so even a POST may be retried.
const BEFORE_CONNECT = new Set([
  "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT",
]);

const SENDER_TIMEOUT = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function codeOf(error: unknown): string | undefined {
  let current: unknown = error;
  // fetch wraps the socket error (TypeError "fetch failed" → cause); undici request does not.
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Classifies an error thrown by a sender that was not an abort. */
export function classifyNetworkError(error: unknown): NetworkFailure {
  const code = codeOf(error);
  if (code !== undefined) {
    return { notSent: BEFORE_CONNECT.has(code), timedOut: SENDER_TIMEOUT.has(code), reason: code };
  }

  const message = error instanceof Error ? error.message : String(error);
  return { notSent: false, timedOut: false, reason: message.slice(0, 200) };
}
