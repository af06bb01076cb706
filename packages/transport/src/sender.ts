import type { TcMethod } from "./types.js";

/** One HTTP exchange as the transport core sees it, independent of fetch or undici. */
export interface SendRequest {
  method: TcMethod;
  /** Absolute URL, already encoded; senders pass it on unchanged. */
  url: string;
  /** The URL's origin, e.g. "https://app.threatconnect.com". */
  origin: string;
  /** The URL's path and query exactly as signed, e.g. "/api/v2/owners?owner=A%20B". */
  target: string;
  headers: Record<string, string>;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** Aborts the exchange; absent when only `timeoutMs` limits it. */
  signal?: AbortSignal | undefined;
  /** Time limit for a sender with native timeouts (ignored by the others). */
  timeoutMs: number;
}

/** A response whose body is read at most once, by text() or stream(). */
export interface SendResponse {
  status: number;
  header(name: string): string | null;
  headers(): Headers;
  text(): Promise<string>;
  stream(): ReadableStream<Uint8Array>;
  /** Drops the body unread (closing the connection); a pending read then fails. */
  cancel(): void;
}

/** Sends requests; rejects on connection failure, timeout or abort. */
export interface Sender {
  send(request: SendRequest): Promise<SendResponse>;
  /** True when the sender enforces `timeoutMs` itself, so no timer is needed per request. */
  readonly nativeTimeouts: boolean;
}
