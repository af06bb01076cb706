import { Agent, type Dispatcher, ProxyAgent } from "undici";
import { assembleTransport } from "./assemble-transport.js";
import { TcConfigError } from "./errors.js";
import { createFetchSender } from "./send-via-fetch.js";
import { createUndiciSender } from "./send-via-undici.js";
import type { Transport, TransportOptions } from "./types.js";

/** Node-only options: how undici connects. Ignored when `fetch` is given. */
export interface NodeTransportOptions extends TransportOptions {
  /** Your own undici dispatcher (Agent, Pool, ProxyAgent, MockAgent). */
  dispatcher?: Dispatcher;
  /** HTTP(S) proxy URL, e.g. http://proxy.internal:3128. */
  proxy?: string;
  /** Extra trusted CA certificate(s) in PEM, for on-premises instances. */
  ca?: string | readonly string[];
}

let sharedAgent: Agent | undefined;

function dispatcherFor(options: NodeTransportOptions): Dispatcher {
  if (options.dispatcher) return options.dispatcher;

  const ca = options.ca === undefined ? undefined : [options.ca].flat();
  if (options.proxy !== undefined) {
    if (!URL.canParse(options.proxy)) {
      throw new TcConfigError("proxy must be a URL such as http://proxy.internal:3128");
    }
    return new ProxyAgent({ uri: options.proxy, ...(ca ? { requestTls: { ca } } : {}) });
  }
  if (ca) return new Agent({ connect: { ca } });

  // One keep-alive pool per process, like the global fetch's.
  sharedAgent ??= new Agent({ keepAliveTimeout: 10_000 });
  return sharedAgent;
}

/**
 * Creates a transport for Node: sends through undici's pooled dispatcher API (with optional
 * proxy or custom CA), or through `options.fetch` when the caller injects one.
 */
export function createTransport(options: NodeTransportOptions = {}): Transport {
  const sender = options.fetch
    ? createFetchSender(options.fetch)
    : createUndiciSender(dispatcherFor(options));
  return assembleTransport(options, sender);
}
