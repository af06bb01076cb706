import { ApiError } from "./api-error.js";
import { authenticate } from "./authenticate.js";
import type { Credentials } from "./authenticate.js";
import { decodePathSegment, Query } from "./query.js";
import { rawTarget } from "./raw-target.js";
import { pickFormat, renderEnvelope, renderFailure } from "./render.js";
import type { Format } from "./render.js";
import { RequestContext } from "./request-context.js";
import type { Router } from "./router.js";
import type { Store } from "../store/store.js";
import type { VerifiedCache } from "./verified-cache.js";

export interface HandlerState {
  router: Router;
  verified: VerifiedCache;
  store: Store;
  credentials: Credentials;
  now: () => number;
  log: ((line: string) => void) | undefined;
  onWrite: () => void;
}

const BASE = "/api";

/** What @hono/node-server passes as env.incoming: the Node request, raw target included. */
export interface IncomingLike {
  url?: string;
  method?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/** Header lookup that avoids building a web Headers object when the Node request is at hand. */
function headerReader(request: Request, incoming: IncomingLike | undefined): (name: string) => string | null {
  const raw = incoming?.headers;
  if (!raw) return (name) => request.headers.get(name);
  return (name) => {
    const value = raw[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
}

/** What one request needs after the raw target and headers were read. */
interface Incoming {
  request: Request;
  header: (name: string) => string | null;
  method: string;
  target: string;
  path: string;
  search: string;
  format: Format;
  started: number;
}

/**
 * One request end to end: raw target → auth → route → envelope, with a secret-free log line.
 * Synchronous when the signature was already verified and the route is synchronous, which
 * lets the Node adapter write the response without another trip through the event loop.
 */
export function handleRequest(state: HandlerState, request: Request, incoming: IncomingLike | undefined): Response | Promise<Response> {
  const header = headerReader(request, incoming);
  // Reading request.url would make the Node adapter build a URL; the raw target is cheaper and exact.
  const target = incoming?.url?.startsWith("/") === true ? incoming.url : rawTarget(request.url, undefined);
  const queryAt = target.indexOf("?");
  const req: Incoming = {
    request, header, target,
    method: (incoming?.method ?? request.method).toUpperCase(),
    path: queryAt === -1 ? target : target.slice(0, queryAt),
    search: queryAt === -1 ? "" : target.slice(queryAt + 1),
    format: pickFormat(header("accept")),
    started: performance.now(),
  };

  const authorization = header("authorization");
  const timestamp = header("timestamp");
  if (state.verified.has(req.method, target, authorization, timestamp, state.now())) return guarded(state, req, () => route(state, req));

  return authenticate({ method: req.method, target, authorization, timestamp }, state.credentials, state.now)
    .then(() => {
      state.verified.remember(req.method, target, authorization, timestamp);
      return route(state, req);
    })
    .catch((error: unknown) => failure(state, req, error))
    .then((response) => finish(state, req, response));
}

/** Run a step, turning a thrown or rejected error into a Failure response, then log. */
function guarded(state: HandlerState, req: Incoming, step: () => Response | Promise<Response>): Response | Promise<Response> {
  let result: Response | Promise<Response>;
  try {
    result = step();
  } catch (error) {
    return finish(state, req, failure(state, req, error));
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => failure(state, req, error)).then((response) => finish(state, req, response));
  }
  return finish(state, req, result);
}

function route(state: HandlerState, req: Incoming): Response | Promise<Response> {
  if (req.path !== BASE && !req.path.startsWith(`${BASE}/`)) throw new ApiError(404, "The requested resource was not found");
  const segments = req.path.slice(BASE.length).split("/").filter((s) => s !== "").map(decodePathSegment);
  const match = state.router.match(req.method, segments);
  if (!match) throw new ApiError(404, "The requested resource was not found");

  const ctx = new RequestContext(req.request, req.method, segments, new Query(req.search), req.format, state.store, state.now);
  Object.assign(ctx.params, match.params);
  const reply = match.handler(ctx);
  if (reply instanceof Promise) return reply.then((r) => (r instanceof Response ? r : renderEnvelope(r, req.format)));
  return reply instanceof Response ? reply : renderEnvelope(reply, req.format);
}

function failure(state: HandlerState, req: Incoming, error: unknown): Response {
  if (error instanceof ApiError) return renderFailure(error.status, error.message, req.format);
  // Never echo internals (or anything a request carried) back to the client.
  state.log?.(`internal error: ${error instanceof Error ? error.name : "unknown"}: ${error instanceof Error ? error.message : ""}`);
  return renderFailure(500, "An unknown error occurred", req.format);
}

function finish(state: HandlerState, req: Incoming, response: Response): Response {
  state.log?.(`${req.method} ${req.path} ${response.status} ${Math.round(performance.now() - req.started)}ms`);
  if (req.method !== "GET" && response.status < 300) state.onWrite();
  return response;
}
