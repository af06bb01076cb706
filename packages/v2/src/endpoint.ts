import type { TcRequest } from "@tcapi/transport";
import { ROUTES, type Route } from "./route-table.js";
import { TcValidationError } from "./validation-error.js";

const KNOWN = new Set<string>(ROUTES);

/** Everything a route needs besides its method and path template. @public */
export interface EndpointInput {
  /** Values for the `{placeholders}`; the transport encodes each exactly once. */
  params?: Record<string, string | number>;
  query?: TcRequest["query"];
  /** `null`: never send `owner`; `undefined`: the transport's default owner. */
  owner?: string | null | undefined;
  body?: unknown;
  contentType?: string;
  format?: "json" | "xml";
  signal?: AbortSignal;
}

/**
 * Checks that `method` + `template` is a documented route and returns it typed.
 * Sub-resources compose their templates at run time, so this is where an undocumented
 * combination is caught before anything is sent.
 * @public
 */
export function toRoute(method: TcRequest["method"], template: string): Route {
  const route = `${method} ${template}`;
  if (!KNOWN.has(route)) throw new Error(`@tcapi/v2: "${route}" is not a documented v2 endpoint.`);
  return route as Route;
}

/**
 * Turns a route plus arguments into a transport request, with no I/O (API reference §3).
 * Placeholders are left in the path: the transport fills and encodes them.
 * @public
 */
export function endpoint(route: Route, input: EndpointInput = {}): TcRequest {
  const space = route.indexOf(" ");
  const method = route.slice(0, space) as TcRequest["method"];
  const path = route.slice(space + 1);
  const params = input.params ?? {};

  checkParams(path, params);
  checkOwner(input.owner);

  const request: TcRequest = { method, path };
  if (Object.keys(params).length > 0) request.params = params;
  if (input.query !== undefined) request.query = dropUndefined(input.query);
  if (input.owner !== undefined) request.owner = input.owner;
  if (input.body !== undefined) request.body = input.body;
  if (input.contentType !== undefined) request.contentType = input.contentType;
  if (input.format !== undefined) request.format = input.format;
  if (input.signal !== undefined) request.signal = input.signal;
  return request;
}

function checkParams(path: string, params: Record<string, string | number>): void {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  const problems = names.flatMap((name) => {
    const value = params[name];
    if (value === undefined || String(value).trim() === "") {
      return [{ field: name, rule: "required", message: `The path parameter "${name}" is missing or empty; pass a non-empty value.` }];
    }
    // URLs read "." and ".." as "this folder" and "parent folder", even percent-encoded.
    if (value === "." || value === "..") {
      return [{ field: name, rule: "dot-segment", message: `The ${name} "${value}" cannot be sent in a URL path, where it means a folder; no such item can be addressed.` }];
    }
    return [];
  });
  if (problems.length > 0) throw new TcValidationError(problems);
}

/** An empty name would go out as `owner=`, which is no owner at all (§3.3). */
function checkOwner(owner: unknown): void {
  if (owner === undefined || owner === null) return;
  if (typeof owner !== "string" || owner.trim() === "") {
    throw new TcValidationError([{
      field: "owner",
      rule: "required",
      message: `The owner ${JSON.stringify(owner)} is not an owner name; pass a name such as "Example Organization", or leave it out for the client's owner.`,
    }]);
  }
}

function dropUndefined(query: NonNullable<TcRequest["query"]>): NonNullable<TcRequest["query"]> {
  const out: NonNullable<TcRequest["query"]> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) out[key] = value;
  return out;
}
