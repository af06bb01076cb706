import { encodePathSegment } from "./encode-path-segment.js";
import type { QueryValue, TcRequest } from "./types.js";

/** Request-independent values every URL may need. */
export interface UrlDefaults {
  owner?: string | undefined;
  createActivityLog?: boolean | undefined;
}

// Characters a literal path may carry as-is; anything else must come through `params`.
const LITERAL_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;
const PLACEHOLDER = /\{([^{}]+)\}/g;
// "." and ".." (even as %2E) are resolved away by URL parsers, e.g. out of the /api prefix.
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?=\/|$)/i;
const MAX_RESULT_LIMIT = 10_000;
const METHODS: ReadonlySet<unknown> = new Set(["GET", "POST", "PUT", "DELETE"]);

function encodeValue(value: string, what: string): string {
  try {
    return encodePathSegment(value);
  } catch {
    throw new TypeError(`${what} contains an unpaired UTF-16 surrogate and cannot be encoded`);
  }
}

function checkLiteral(part: string, path: string): string {
  if (part.includes("?")) {
    throw new TypeError(`path "${path}" must not contain a query; pass query parameters in query, e.g. { resultLimit: 10 }`);
  }
  if (!LITERAL_PATH.test(part)) {
    throw new TypeError(
      `path "${path}" contains characters that need encoding; put the value in params and use a {placeholder}`,
    );
  }
  if (DOT_SEGMENT.test(part)) {
    throw new TypeError(`path "${path}" has a "." or ".." segment; write the path it stands for`);
  }
  return part;
}

function checkAllUsed(params: Record<string, string | number>, used: ReadonlySet<string>, path: string): void {
  const unused = Object.keys(params).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new TypeError(`params ${unused.join(", ")} match no {placeholder} in path "${path}"`);
  }
}

function fillPlaceholder(name: string, params: Record<string, string | number>): string {
  // Own properties only: {toString} must not find Object.prototype.toString.
  const value = Object.hasOwn(params, name) ? params[name] : undefined;
  if (value === undefined) {
    throw new TypeError(`path placeholder {${name}} has no value in params`);
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`params.${name} must be a finite number (got ${String(value)})`);
  }
  const text = String(value);
  // URL parsers resolve "." and ".." segments (even as %2E), so they cannot be sent.
  if (text === "." || text === ".." || text === "") {
    throw new TypeError(`params.${name} must not be empty, "." or ".."`);
  }
  return encodeValue(text, `params.${name}`);
}

function fillPath(path: string, params: Record<string, string | number> = {}): string {
  if (!path.startsWith("/")) {
    throw new TypeError(`path "${path}" must start with "/", e.g. "/v2/owners"`);
  }

  const used = new Set<string>();
  // Most paths have no placeholder; skip the split for them.
  const filled = !path.includes("{")
    ? checkLiteral(path, path)
    : path
        .split(PLACEHOLDER)
        .map((part, index) => {
          // split() with one capture group alternates literal text and placeholder names.
          if (index % 2 === 0) return checkLiteral(part, path);
          used.add(part);
          return fillPlaceholder(part, params);
        })
        .join("");

  checkAllUsed(params, used, path);
  return filled;
}

function checkResultLimit(value: QueryValue): void {
  if (value === undefined) return;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULT_LIMIT) {
    throw new TypeError(`resultLimit must be an integer from 1 to ${MAX_RESULT_LIMIT} (got ${String(value)})`);
  }
}

function queryPairs(request: TcRequest, defaults: UrlDefaults): [string, QueryValue][] {
  const query = { ...request.query };
  checkResultLimit(query.resultLimit);

  const owner = request.owner === undefined ? defaults.owner : request.owner;
  if (owner === "") throw new TypeError("owner must not be empty; pass null to send no owner");
  if (owner != null && query.owner === undefined) query.owner = owner;
  if (defaults.createActivityLog !== undefined && query.createActivityLog === undefined) {
    query.createActivityLog = defaults.createActivityLog;
  }
  return Object.entries(query);
}

const SCALAR_TYPES: ReadonlySet<string> = new Set(["string", "number", "boolean"]);

/** The query value as strings; untyped callers may pass null or objects, named here. */
function queryStrings(name: string, value: unknown): readonly string[] {
  if (SCALAR_TYPES.has(typeof value)) return [String(value)];
  if (Array.isArray(value) && value.every((item) => SCALAR_TYPES.has(typeof item))) return value.map(String);
  throw new TypeError(
    `query.${name} must be a string, number, boolean or array of strings (got ${value === null ? "null" : typeof value}); leave it undefined to omit it`,
  );
}

function encodeQuery(pairs: [string, QueryValue][]): string {
  const parts: string[] = [];
  for (const [name, value] of pairs) {
    if (value === undefined) continue;
    const key = encodeValue(name, `query key ${name}`);
    for (const item of queryStrings(name, value)) parts.push(`${key}=${encodeValue(item, `query.${name}`)}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/**
 * Builds the absolute URL of a request with every path segment and query value encoded
 * exactly once. Only unreserved characters stay literal, so the WHATWG URL parser (used by
 * fetch and undici) sends the string unchanged and the signed target equals the sent one.
 */
export function buildUrl(base: URL, request: TcRequest, defaults: UrlDefaults = {}): string {
  if (!METHODS.has(request.method)) {
    throw new TypeError(`method must be one of GET, POST, PUT, DELETE (got ${JSON.stringify(request.method)})`);
  }
  const prefix = base.pathname === "/" ? "" : base.pathname;
  const path = fillPath(request.path, request.params);
  return `${base.origin}${prefix}${path}${encodeQuery(queryPairs(request, defaults))}`;
}
