import type { AuthStrategy } from "@tcapi/auth";

/** Response body format the server is asked for (reference §3.1, §5). */
export type TcFormat = "json" | "xml";

/** HTTP methods the v2 API uses. */
export type TcMethod = "GET" | "POST" | "PUT" | "DELETE";

/** Named base URL presets (reference §1). */
export type BaseUrlPreset = "cloud" | "legacy" | "sandbox";

/** Retry behaviour; every field has a default. */
export interface RetryOptions {
  /** Total attempts including the first. @default 3 */
  attempts?: number;
  /** First backoff delay before jitter. @default 250 */
  baseDelayMs?: number;
  /** Upper bound for one backoff delay (also caps Retry-After). @default 30000 */
  maxDelayMs?: number;
  /** Retry POST requests like idempotent ones (risking duplicates). @default false */
  retryPost?: boolean;
  /** Wait function, injectable so tests need no real sleeps. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Random source in [0, 1) for jitter. @default Math.random */
  random?: () => number;
}

/** What a hook sees of an outgoing attempt; URL and headers are already redacted. */
export interface RequestInfo {
  method: TcMethod;
  url: string;
  headers: Record<string, string>;
  attempt: number;
}

/** What a hook sees of a response; URL and headers are already redacted. */
export interface ResponseInfo {
  method: TcMethod;
  url: string;
  status: number;
  headers: Record<string, string>;
  attempt: number;
  durationMs: number;
}

/** fetch, or any handler taking a Request (e.g. an in-process server's `fetch`). */
export type FetchLike = typeof fetch | ((request: Request) => Promise<Response>);

/** Options of {@link createTransport}; unset values come from the environment or defaults. */
export interface TransportOptions {
  /** Preset name or any base URL; env TC_API_PATH when unset. */
  baseUrl?: BaseUrlPreset | (string & {});
  /** HMAC access id; env TC_API_ACCESS_ID. */
  accessId?: string;
  /** HMAC secret key; env TC_API_SECRET_KEY. */
  secretKey?: string;
  /** API token; env TC_API_TOKEN. */
  token?: string;
  /** Token expiry in epoch seconds; env TC_API_TOKEN_EXPIRES. */
  tokenExpires?: number;
  /** Custom signer; wins over every credential above. */
  auth?: AuthStrategy;
  /** Default owner name; env TC_OWNER. */
  owner?: string;
  /** Environment to read; defaults to process.env where it exists. */
  env?: Record<string, string | undefined>;
  /** Fetch implementation, called with one Request; when given it is always used (also in Node). */
  fetch?: FetchLike;
  /** Allow plain http:// to hosts other than loopback. @default false */
  allowInsecureHttp?: boolean;
  /** Default response format. @default "json" */
  format?: TcFormat;
  /** Retry behaviour. */
  retry?: RetryOptions;
  /** Timeout of one attempt in ms. @default 60000 */
  timeoutMs?: number;
  /** Total time budget of one call across retries in ms. @default 300000 */
  deadlineMs?: number;
  /** Aborts every request of this transport. */
  signal?: AbortSignal;
  /** Adds createActivityLog=true|false to every request when set. */
  createActivityLog?: boolean;
  /** Receives redacted debug lines. */
  debug?: (line: string) => void;
  /** Clock for signing timestamps, ms since the epoch; corrected for server skew. @default Date.now */
  now?: () => number;
  /** Called before each attempt with redacted details. */
  onRequest?: (info: RequestInfo) => void;
  /** Called after each attempt's response headers arrive, with redacted details. */
  onResponse?: (info: ResponseInfo) => void;
}

/** Query parameter values; arrays repeat the key, undefined is skipped. */
export type QueryValue = string | number | boolean | readonly string[] | undefined;

/** The common v2 query parameters (reference §3.4), typed; any other name is accepted too. */
export interface CommonQuery {
  /** 0-based index of the first item. */
  resultStart?: number | undefined;
  /** Page size, 1 to 10,000. */
  resultLimit?: number | undefined;
  /** Owner name; prefer {@link TcRequest.owner}. */
  owner?: string | undefined;
  /** Filter expression, e.g. "summary^example,rating>3"; encoded once by the transport. */
  filters?: string | undefined;
  /** OR the filters instead of AND. */
  orParams?: boolean | undefined;
  /** ISO-8601 time; only indicators modified since. */
  modifiedSince?: string | undefined;
  includeTags?: boolean | undefined;
  includeAttributes?: boolean | undefined;
  includeAdditional?: boolean | undefined;
  /** "additional", "tags", "attributes", "labels" (repeat for several). */
  includes?: string | readonly string[] | undefined;
  /** Write an activity-log entry; overrides the transport's createActivityLog. */
  createActivityLog?: boolean | undefined;
  /** Include tag descriptions (GET /v2/tags). */
  detailed?: boolean | undefined;
}

/** One API call. */
export interface TcRequest {
  method: TcMethod;
  /** Path below the base URL with `{name}` placeholders, e.g. "/v2/indicators/{type}/{value}". */
  path: string;
  /** Values for the placeholders; each is encoded once as a path segment. */
  params?: Record<string, string | number>;
  /** Query parameters; values are encoded once. */
  query?: CommonQuery & Record<string, QueryValue>;
  /** Owner name; null never adds one, undefined uses the configured default. */
  owner?: string | null;
  /** JSON-serialised unless Uint8Array, string or ReadableStream (then sent raw). */
  body?: unknown;
  /** Content type of a raw body. @default "application/octet-stream" */
  contentType?: string;
  /** Response format for this call. */
  format?: TcFormat;
  /** Aborts this call. */
  signal?: AbortSignal;
  /** Retry this POST like an idempotent call. */
  retryPost?: boolean;
  /** When false, the decoded body is returned whole instead of the envelope's data. @default true */
  envelope?: boolean;
}

/** A paginated call: `key` names the list under data (inferred when unset). */
export type PaginateRequest = TcRequest & { key?: string; pageSize?: number };

/** A streamed response. */
export interface StreamResponse {
  status: number;
  headers: Headers;
  body: ReadableStream<Uint8Array>;
}

/** A configured client for the v2 API. */
export interface Transport {
  /** The resolved base URL. */
  readonly baseUrl: URL;
  /** The default owner, if any. */
  readonly owner: string | undefined;
  /** Returns the envelope's `data`, or undefined for a bare `{status:"Success"}`. */
  request<T = unknown>(request: TcRequest): Promise<T>;
  /** Raw response body as a stream; errors are still thrown as TcApiError. */
  stream(request: TcRequest): Promise<StreamResponse>;
  /** Every item of a list endpoint, paging with resultStart/resultLimit. */
  paginate<T = unknown>(request: PaginateRequest): AsyncIterable<T>;
  /** A secret-free curl command for the request. */
  toCurl(request: TcRequest): string;
}
