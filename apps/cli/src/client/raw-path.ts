import { UsageError } from "../errors/cli-error.js";

/** Percent-encodes one path segment or query value; the transport's `encodePathSegment`. */
export type Encode = (value: string) => string;

/** HTTP methods the v2 API uses. */
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "DELETE"];
const LITERAL_SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*$/;

/** Accepts a method in any case; anything but GET, POST, PUT or DELETE is a usage error. */
export function parseMethod(input: string): HttpMethod {
  const method = input.toUpperCase();
  const known = METHODS.find((candidate) => candidate === method);
  if (known === undefined) {
    throw new UsageError(`Unknown HTTP method "${input}": use GET, POST, PUT or DELETE.`);
  }
  return known;
}

/** A path as typed by the user, split into an encoded path and its query pairs. */
export interface RawPath {
  path: string;
  query: [string, string][];
}

/**
 * Encodes a user-typed API path the way the transport sends it: segments that are
 * already safe (including existing %XX escapes) stay as typed, others are encoded once.
 */
export function parseRawPath(input: string, encodePathSegment: Encode): RawPath {
  if (!input.startsWith("/")) {
    throw new UsageError(`The path "${input}" must start with "/", for example /v2/owners.`);
  }

  const [pathPart = "", ...rest] = input.split("?");
  const path = pathPart
    .split("/")
    .map((segment) =>
      LITERAL_SEGMENT.test(segment) ? segment : encodePathSegment(decodeSafely(segment, false)),
    )
    .join("/");

  const query: [string, string][] = [];
  for (const pair of rest.join("?").split("&")) {
    if (pair === "") continue;
    const [key = "", ...value] = pair.split("=");
    query.push([decodeSafely(key, true), decodeSafely(value.join("="), true)]);
  }

  return { path, query };
}

/** Parses repeated `--query k=v` flags. */
export function parseQueryFlags(flags: readonly string[]): [string, string][] {
  return flags.map((flag) => {
    const index = flag.indexOf("=");
    if (index <= 0) {
      throw new UsageError(
        `The query parameter "${flag}" must look like name=value, for example --query owner=Demo.`,
      );
    }
    return [flag.slice(0, index), flag.slice(index + 1)];
  });
}

/** Encodes query pairs like the transport: every value once, space as %20. */
export function encodeQuery(pairs: readonly [string, string][], encodePathSegment: Encode): string {
  if (pairs.length === 0) return "";
  return `?${pairs.map(([key, value]) => `${encodePathSegment(key)}=${encodePathSegment(value)}`).join("&")}`;
}

/** Groups query pairs into the transport's query record; a repeated key becomes a list. */
export function toQueryRecord(pairs: readonly [string, string][]): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const existing = record[key];
    if (existing === undefined) record[key] = value;
    else record[key] = [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return record;
}

// In a query string "+" means a space (form encoding); in a path it is a literal plus.
function decodeSafely(text: string, plusIsSpace: boolean): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, "%20") : text);
  } catch {
    return text;
  }
}
