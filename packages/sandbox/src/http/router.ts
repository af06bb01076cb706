import type { RequestContext } from "./request-context.js";
import type { Reply } from "./reply.js";

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  parts: readonly string[];
  handler: Handler;
  /** Literal segments weigh more the earlier they come, so `/indicators/bulk/json` beats `/indicators/:branch/:value`. */
  score: number;
}

export interface RouteMatch { handler: Handler; params: Record<string, string> }

/**
 * A small router over path segments that were each decoded exactly once. We route ourselves
 * rather than with Hono's router because indicator values contain escaped `/`, `?` and `%`
 * (e.g. `192.168.0.0%2F24`) that must stay inside one segment.
 */
export class Router {
  private readonly routes = new Map<string, Route[]>();

  on(method: string, pattern: string, handler: Handler): void {
    const parts = pattern.split("/").filter((p) => p !== "");
    let score = 0;
    parts.forEach((p, i) => {
      if (!p.startsWith(":")) score += 2 ** (parts.length - i);
    });
    const key = `${method} ${parts.length}`;
    const list = this.routes.get(key) ?? [];
    list.push({ method, parts, handler, score });
    list.sort((a, b) => b.score - a.score);
    this.routes.set(key, list);
  }

  /** Find the most specific route for decoded segments; undefined when nothing matches. */
  match(method: string, segments: readonly string[]): RouteMatch | undefined {
    const list = this.routes.get(`${method} ${segments.length}`);
    if (!list) return undefined;
    for (const route of list) {
      const params = matchParts(route.parts, segments);
      if (params) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function matchParts(parts: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const seg = segments[i] ?? "";
    if (part.startsWith(":")) params[part.slice(1)] = seg;
    else if (part !== seg) return undefined;
  }
  return params;
}
