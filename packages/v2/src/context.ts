import type { TcRequest, Transport } from "@tcapi/transport";
import { endpoint, toRoute, type EndpointInput } from "./endpoint.js";
import { limitOf, listQuery, pageSizeOf, readQuery, type ListOptions, type ReadOptions } from "./list-options.js";

/** What every resource function needs. @internal */
export interface Context {
  readonly transport: Transport;
}

/**
 * The entity a sub-resource hangs off: its path template, the values of its placeholders and
 * the owner to send (`null` for entities addressed by numeric id, which the API does not
 * scope by owner, §3.3).
 * @internal
 */
export interface Base {
  readonly template: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly owner: string | null | undefined;
}

/** Builds the request for `method` on `base.template + suffix`. @internal */
export function at(
  base: Base,
  method: TcRequest["method"],
  suffix: string,
  input: EndpointInput = {},
): TcRequest {
  return endpoint(toRoute(method, base.template + suffix), {
    ...input,
    params: { ...base.params, ...input.params },
    owner: input.owner ?? base.owner,
  });
}

/**
 * Sends a request and returns `data[key]`, the entity (API reference §4.1, §4.2). Typed
 * endpoints omit `type`; with `stamp` it is set from the type the caller asked for, so
 * results discriminate like the model's unions.
 * @internal
 */
export async function readEntity<T>(ctx: Context, request: TcRequest, key: string, stamp?: string): Promise<T> {
  const data = await ctx.transport.request(request);
  return stampType(pickKey(data, key, request), stamp) as T;
}

/** Sets `type` on a typed entity that arrived without one. @internal */
export function stampType(value: unknown, stamp: string | undefined): unknown {
  if (stamp === undefined || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (record.type === undefined) record.type = stamp;
  return record;
}

/** Sends a request that answers with `{status: "Success"}` only. @internal */
export async function send(ctx: Context, request: TcRequest): Promise<void> {
  await ctx.transport.request(request);
}

/** Pages through a list endpoint, yielding items of `data[key]` (§6). @internal */
export async function* readList<T>(
  ctx: Context,
  request: TcRequest,
  key: string,
  options: ListOptions,
  stamp?: string,
): AsyncGenerator<T> {
  const limit = limitOf(options);
  if (limit === 0) return;

  // Never ask for more than the caller will read.
  const asked = pageSizeOf(options);
  const pageSize = limit === undefined ? asked : Math.min(asked ?? 10_000, limit);

  // One page holds everything wanted: fetch just it, as paging would prefetch the next.
  if (limit !== undefined && pageSize === limit) {
    const data = await ctx.transport.request({ ...request, query: { ...request.query, resultStart: 0, resultLimit: limit } });
    for (const item of listIn(data, key).slice(0, limit)) yield stampType(item, stamp) as T;
    return;
  }

  let seen = 0;
  const paging: TcRequest & { key: string; pageSize?: number } = { ...request, key };
  if (pageSize !== undefined) paging.pageSize = pageSize;
  for await (const item of ctx.transport.paginate(paging)) {
    yield stampType(item, stamp) as T;
    seen += 1;
    if (limit !== undefined && seen >= limit) return;
  }
}

/** The request inputs of a single read. @internal */
export function readInput(options: ReadOptions): EndpointInput {
  const input: EndpointInput = { query: readQuery(options) };
  if (options.owner !== undefined) input.owner = options.owner;
  if (options.format !== undefined) input.format = options.format;
  if (options.signal !== undefined) input.signal = options.signal;
  return input;
}

/** The request inputs of a list. @internal */
export function listInput(options: ListOptions): EndpointInput {
  return { ...readInput(options), query: listQuery(options) };
}

/** Inputs of a write: owner and signal only. @internal */
export function writeInput(options: { owner?: string; signal?: AbortSignal }, body?: unknown): EndpointInput {
  const input: EndpointInput = {};
  if (options.owner !== undefined) input.owner = options.owner;
  if (options.signal !== undefined) input.signal = options.signal;
  if (body !== undefined) input.body = body;
  return input;
}

/** The items of one page: `data[key]`, a lone item as a list of one, none when absent. */
function listIn(data: unknown, key: string): unknown[] {
  if (typeof data !== "object" || data === null) return [];
  const lower = key.toLowerCase();
  const value = Object.entries(data as Record<string, unknown>).find(([name]) => name.toLowerCase() === lower)?.[1];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * `data[key]`, matched without regard to case because XML answers name elements in
 * PascalCase (`Host` for `host`, §5).
 */
function pickKey(data: unknown, key: string, request: TcRequest): unknown {
  if (typeof data === "object" && data !== null) {
    const record = data as Record<string, unknown>;
    if (key in record) return record[key];
    const lower = key.toLowerCase();
    for (const [name, value] of Object.entries(record)) if (name.toLowerCase() === lower) return value;
  }
  throw new TcUnexpectedResponseError(request, key);
}

/** The server answered with a success that lacks the expected entity. @public */
export class TcUnexpectedResponseError extends Error {
  override readonly name = "TcUnexpectedResponseError";
  readonly method: string;
  readonly path: string;

  constructor(request: TcRequest, key: string) {
    super(`${request.method} ${request.path} answered without "data.${key}"; the server may not support this endpoint.`);
    this.method = request.method;
    this.path = request.path;
  }
}
