/** Options shared by {@link createSandbox} and {@link startSandbox}. @public */
export interface SandboxOptions {
  /** API access id; generated per start unless given. */
  accessId?: string;
  /** API secret key; generated per start unless given. Never logged. */
  secretKey?: string;
  /** API token for `Authorization: TC-Token …`; generated unless given. */
  token?: string;
  /** Token expiry in epoch seconds; default: never. */
  tokenExpiresAt?: number;
  /** Clock in milliseconds (auth window, dateAdded, …); default Date.now. */
  now?: () => number;
  /** The API user's organization name; default "Example Organization". */
  organization?: string;
  /** v2 batch JSON document(s) (`{indicator, group}` or an indicator array) loaded into the organization at start. */
  seed?: unknown;
  /** Keep the store in this JSON file between runs (written atomically: temp file + rename). */
  dataFile?: string;
  /** Receives one line per request: "GET /api/v2/owners 200 3ms". No secrets, no headers, no query. */
  log?: (line: string) => void;
  /** Delay before an uploaded batch job starts processing; default 0. */
  batchProcessingDelayMs?: number;
}

/** An in-process sandbox: call `fetch` with a web-standard Request. @public */
export interface Sandbox {
  fetch(request: Request): Promise<Response>;
  /** "http://127.0.0.1/api" for in-process use (pair it with a transport whose fetch is `sandbox.fetch`). */
  readonly baseUrl: string;
  readonly accessId: string;
  readonly secretKey: string;
  readonly token: string;
  readonly organization: string;
  /** Replace the API token; the previous one is then rejected with 401 (like regenerating it in the UI). */
  rotateToken(expiresAt?: number): string;
  /** Write the data file now (no-op without `dataFile`). */
  flush(): Promise<void>;
}

/** A sandbox listening on a port. @public */
export interface RunningSandbox extends Sandbox {
  /** "http://127.0.0.1:PORT/api" */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Options for {@link startSandbox}. @public */
export interface StartSandboxOptions extends SandboxOptions {
  /** Port to listen on; 0 (default) lets the OS choose. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  hostname?: string;
}
