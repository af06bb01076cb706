/** Details shared by every API error; `path` is the redacted request target. */
export interface TcApiErrorInit {
  status: number;
  method: string;
  path: string;
  serverMessage?: string | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

function describe(init: TcApiErrorInit): string {
  const status = init.status > 0 ? `HTTP ${init.status}` : "no response";
  const detail = init.serverMessage === undefined ? "" : `: ${init.serverMessage}`;
  return `${init.method} ${init.path} failed with ${status}${detail}`;
}

/** Base of every error raised for a request; never carries a secret. */
export class TcApiError extends Error {
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly method: string;
  /** Redacted request target (path and query). */
  readonly path: string;
  /** The server's message (envelope `message`, or an excerpt of a non-JSON body). */
  readonly serverMessage?: string;
  /** The server's wait hint (Retry-After, or X-RateLimit-Reset on a spent budget), in ms. */
  readonly retryAfterMs?: number;

  constructor(init: TcApiErrorInit, message: string = describe(init)) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    if (init.serverMessage !== undefined) this.serverMessage = init.serverMessage;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}

/** "Signature data did not match expected result": wrong secret key or signed target. */
export class TcSignatureError extends TcApiError {}

/** "Timestamp out of acceptable time range" or "Invalid timestamp": clock skew. */
export class TcTimestampError extends TcApiError {}

/** "Access Denied" or HTTP 403: bad access id, or an owner the user cannot reach. */
export class TcAccessDeniedError extends TcApiError {}

/** HTTP 401: expired or superseded token, or missing permission. */
export class TcUnauthorizedError extends TcApiError {}

/** HTTP 404 or "The requested resource was not found". */
export class TcNotFoundError extends TcApiError {}

/** HTTP 429; `retryAfterMs` is the server's hint when it gave one. */
export class TcRateLimitError extends TcApiError {}

/** HTTP 400 or a Failure envelope: the request itself was rejected. */
export class TcInvalidRequestError extends TcApiError {}

/** HTTP 5xx. */
export class TcServerError extends TcApiError {}

/** The connection failed or broke before a complete response arrived. */
export class TcNetworkError extends TcApiError {
  /** True when the request provably never reached the server (refused, DNS failure). */
  readonly notSent: boolean;

  constructor(init: TcApiErrorInit & { notSent: boolean; reason: string }) {
    super(init, `${init.method} ${init.path} failed: ${init.reason}`);
    this.notSent = init.notSent;
  }
}

/** An attempt exceeded `timeoutMs`, or the call exceeded `deadlineMs`. */
export class TcTimeoutError extends TcApiError {
  constructor(init: TcApiErrorInit & { reason: string }) {
    super(init, `${init.method} ${init.path} failed: ${init.reason}`);
  }
}

/** Bad options or missing credentials; thrown before any request is sent. */
export class TcConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TcConfigError";
  }
}
