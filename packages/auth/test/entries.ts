// Both entry points under test, side by side, so every behaviour is checked
// with the WebCrypto primitives and with the node:crypto ones.
import * as nodeEntry from "../src/node.js";
import * as webEntry from "../src/index.js";

export const ENTRIES = [
  { name: "default (WebCrypto)", api: webEntry },
  { name: "node (node:crypto)", api: nodeEntry },
] as const;
