import { type AuthStrategy, createHmacAuth, createTokenAuth } from "@tcapi/auth";
import { createSkewClock, type SkewClock } from "./clock-skew.js";
import { TcConfigError } from "./errors.js";
import { resolveBaseUrl } from "./resolve-base-url.js";
import type { RetryPolicy } from "./retry-policy.js";
import type { TcFormat, TransportOptions } from "./types.js";

/** Everything a transport needs, validated, with defaults and environment applied. */
export interface ResolvedConfig {
  baseUrl: URL;
  auth: AuthStrategy;
  /** The access id when HMAC credentials were given (shown in redacted Authorization). */
  accessId: string | undefined;
  /** Values to mask wherever they might appear. */
  secrets: string[];
  owner: string | undefined;
  format: TcFormat;
  retry: RetryPolicy;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  timeoutMs: number;
  deadlineMs: number;
  clock: SkewClock;
}

const ENV_HINT =
  "set accessId + secretKey (env TC_API_ACCESS_ID and TC_API_SECRET_KEY), or token (env TC_API_TOKEN, optional TC_API_TOKEN_EXPIRES), or pass auth";

function defaultEnv(): Record<string, string | undefined> {
  const holder = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return holder.process?.env ?? {};
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

/** Rejects anything but "json" and "xml". */
export function checkFormat(format: unknown, where: string): TcFormat {
  if (format === "json" || format === "xml") return format;
  throw new TypeError(`${where} must be "json" or "xml" (got ${JSON.stringify(format)})`);
}

function positive(value: number | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new TcConfigError(`${name} must be a number >= ${min} (got ${String(value)})`);
  }
  return value;
}

// Epoch seconds stay below this until the year 5138; a larger value is milliseconds.
const MAX_EPOCH_SECONDS = 1e11;

function epochSeconds(seconds: number, name: string): number {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds >= MAX_EPOCH_SECONDS) {
    throw new TcConfigError(
      `${name} must be whole epoch seconds, e.g. 1767225600 (got ${String(seconds)}; milliseconds are too large)`,
    );
  }
  return seconds;
}

function tokenExpiry(explicit: number | undefined, env: string | undefined): number | undefined {
  if (explicit !== undefined) return epochSeconds(explicit, "tokenExpires");
  if (env === undefined) return undefined;

  const text = env.trim();
  if (/^\d+$/.test(text)) return epochSeconds(Number(text), "TC_API_TOKEN_EXPIRES");
  // Tokens are often handed over with an ISO-8601 expiry; accept one that names a date.
  const date = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(date)) {
    throw new TcConfigError(
      `TC_API_TOKEN_EXPIRES must be epoch seconds or an ISO-8601 date, e.g. 1767225600 or 2026-01-01T00:00:00Z`,
    );
  }
  return Math.floor(date / 1000);
}

function resolveAuth(options: TransportOptions, env: Record<string, string | undefined>, clock: SkewClock) {
  if (options.auth) return { auth: options.auth, accessId: undefined, secrets: [] };

  const explicitHmac = options.accessId !== undefined || options.secretKey !== undefined;
  const useEnvHmac = !explicitHmac && options.token === undefined;
  const accessId = nonEmpty(options.accessId ?? (useEnvHmac ? env.TC_API_ACCESS_ID : undefined));
  const secretKey = nonEmpty(options.secretKey ?? (useEnvHmac ? env.TC_API_SECRET_KEY : undefined));

  if (accessId !== undefined && secretKey !== undefined) {
    return { auth: createHmacAuth({ accessId, secretKey, now: clock.now }), accessId, secrets: [secretKey] };
  }
  if (explicitHmac || (accessId ?? secretKey) !== undefined) {
    const missing = accessId === undefined ? "accessId (env TC_API_ACCESS_ID)" : "secretKey (env TC_API_SECRET_KEY)";
    throw new TcConfigError(`HMAC credentials are incomplete: ${missing} is missing`);
  }

  const token = nonEmpty(options.token ?? env.TC_API_TOKEN);
  if (token !== undefined) {
    const expiresAt = tokenExpiry(options.tokenExpires, nonEmpty(env.TC_API_TOKEN_EXPIRES));
    const auth = createTokenAuth({ token, ...(expiresAt === undefined ? {} : { expiresAt }), now: clock.now });
    return { auth, accessId: undefined, secrets: [token] };
  }

  throw new TcConfigError(`no ThreatConnect credentials: ${ENV_HINT}`);
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Validates options, reads the environment for anything unset, and applies defaults. */
export function resolveConfig(options: TransportOptions = {}): ResolvedConfig {
  const env = options.env ?? defaultEnv();

  const baseInput = options.baseUrl ?? nonEmpty(env.TC_API_PATH);
  if (baseInput === undefined) {
    throw new TcConfigError(
      'no base URL: pass baseUrl ("cloud", "legacy", "sandbox" or a URL) or set TC_API_PATH',
    );
  }
  const baseUrl = resolveBaseUrl(baseInput, options.allowInsecureHttp ?? false);

  const clock = createSkewClock(options.now);
  const { auth, accessId, secrets } = resolveAuth(options, env, clock);
  const retry = options.retry ?? {};

  return {
    baseUrl,
    auth,
    accessId,
    secrets,
    owner: nonEmpty(options.owner ?? env.TC_OWNER),
    format: options.format === undefined ? "json" : checkFormat(options.format, "format"),
    retry: {
      attempts: Math.floor(positive(retry.attempts, "retry.attempts", 3)),
      baseDelayMs: positive(retry.baseDelayMs, "retry.baseDelayMs", 250, 0),
      maxDelayMs: positive(retry.maxDelayMs, "retry.maxDelayMs", 30_000, 0),
      retryPost: retry.retryPost ?? false,
      random: retry.random ?? Math.random,
    },
    sleep: retry.sleep ?? defaultSleep,
    timeoutMs: positive(options.timeoutMs, "timeoutMs", 60_000),
    deadlineMs: positive(options.deadlineMs, "deadlineMs", 300_000),
    clock,
  };
}
