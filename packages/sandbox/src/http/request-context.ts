import type { Store } from "../store/store.js";
import type { OwnerRecord } from "../store/entities.js";
import { ApiError, badRequest } from "./api-error.js";
import type { Query } from "./query.js";
import type { Format } from "./render.js";
import { findOwnerByName } from "../store/owners.js";

/** Everything a route handler sees about one request. */
export class RequestContext {
  readonly params: Record<string, string> = {};

  constructor(
    readonly request: Request,
    readonly method: string,
    readonly segments: readonly string[],
    readonly query: Query,
    readonly format: Format,
    readonly store: Store,
    private readonly clock: () => number,
  ) {}

  /** Current time in ms from the sandbox clock. */
  now(): number {
    return this.clock();
  }

  /** ISO-8601 timestamp without milliseconds, like the fixtures ("2017-07-13T17:50:17Z"). */
  stamp(): string {
    return isoSeconds(this.clock());
  }

  /** A path parameter (already decoded once). */
  param(name: string): string {
    const value = this.params[name];
    if (value === undefined) throw new Error(`route has no parameter ${name}`);
    return value;
  }

  /** The owner named by `?owner=`, or the API user's organization (§3.3). */
  owner(): OwnerRecord {
    const name = this.query.get("owner");
    if (name === undefined || name === "") {
      const org = this.store.owners.get(this.store.organizationId);
      if (!org) throw new ApiError(500, "The sandbox has no organization");
      return org;
    }
    const owner = findOwnerByName(this.store, name);
    if (!owner) throw new ApiError(403, "The requested owner was not found");
    return owner;
  }

  /** The JSON request body as an object; wrong content type or malformed JSON is a 4xx. */
  async json(): Promise<Record<string, unknown>> {
    const type = this.request.headers.get("content-type");
    if (type !== null && !type.toLowerCase().includes("json")) {
      throw new ApiError(415, `Send the body as JSON with Content-Type: application/json (got "${type}")`);
    }
    const text = await this.request.text();
    if (text.trim() === "") return {};
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest("The request body is not valid JSON");
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw badRequest("The request body must be a JSON object");
    }
    return value as Record<string, unknown>;
  }

  /** The raw body bytes (document uploads, batch input). */
  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.request.arrayBuffer());
  }
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
