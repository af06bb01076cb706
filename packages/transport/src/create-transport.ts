import { assembleTransport } from "./assemble-transport.js";
import { TcConfigError } from "./errors.js";
import { createFetchSender } from "./send-via-fetch.js";
import type { FetchLike, Transport, TransportOptions } from "./types.js";

/**
 * Creates a transport that sends with `options.fetch`, or the global fetch. This entry imports
 * no Node module, so it runs in browsers, Deno, Bun and workers.
 */
export function createTransport(options: TransportOptions = {}): Transport {
  // Runtimes without a global fetch exist; the type says otherwise.
  const fetchImpl = (options.fetch ?? globalThis.fetch) as FetchLike | undefined;
  if (typeof fetchImpl !== "function") {
    throw new TcConfigError("no fetch implementation available; pass options.fetch");
  }
  return assembleTransport(options, createFetchSender(fetchImpl));
}
