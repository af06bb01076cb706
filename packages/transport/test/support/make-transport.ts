import { createTransport as createFetchTransport } from "../../src/index.js";
import { createTransport as createNodeTransport, type NodeTransportOptions } from "../../src/node.js";
import type { Transport } from "../../src/types.js";
import { ACCESS_ID, SECRET_KEY } from "./fault-server.js";

/** The two ways requests leave the client: undici's dispatcher (Node) and an injected fetch. */
export const SENDERS = ["undici", "fetch"] as const;
export type SenderKind = (typeof SENDERS)[number];

/** A test clock: starts now, and every injected sleep moves it forward by the delay + 1 s. */
export interface TestClock {
  now: () => number;
  delays: number[];
  sleep: (ms: number) => Promise<void>;
}

export function createTestClock(): TestClock {
  let offset = 0;
  const delays: number[] = [];
  return {
    now: () => Date.now() + offset,
    delays,
    sleep: (ms) => {
      delays.push(ms);
      offset += ms + 1000;
      return Promise.resolve();
    },
  };
}

/** A transport against `baseUrl` with HMAC test credentials and no real sleeps. */
export function makeTransport(
  kind: SenderKind,
  baseUrl: string,
  clock: TestClock,
  extra: NodeTransportOptions = {},
): Transport {
  const options: NodeTransportOptions = {
    baseUrl,
    accessId: ACCESS_ID,
    secretKey: SECRET_KEY,
    env: {},
    now: clock.now,
    timeoutMs: 5_000,
    ...extra,
    retry: { baseDelayMs: 10, sleep: clock.sleep, ...extra.retry },
  };
  return kind === "fetch"
    ? createFetchTransport({ ...options, fetch: globalThis.fetch })
    : createNodeTransport(options);
}
