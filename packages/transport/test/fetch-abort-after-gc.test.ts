import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTransport, TcTimeoutError } from "../src/index.js";

// A body that never ends: only the attempt timeout can finish the read.
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"status":"Success","data":{"a":"');
  const timer = setInterval(() => res.write("x"), 100);
  res.on("close", () => { clearInterval(timer); });
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

it("a timeout still ends a fetch body read after the Request object was garbage-collected", async () => {
  setFlagsFromString("--expose-gc");
  const collectGarbage = runInNewContext("gc") as () => void;
  const transport = createTransport({
    baseUrl,
    accessId: "1234",
    secretKey: "secret-key-value",
    env: {},
    fetch: globalThis.fetch,
    timeoutMs: 1_000,
    retry: { attempts: 1 },
    // Once headers are in, nothing but the transport holds the request; collect it mid-body.
    onResponse: () => { setTimeout(collectGarbage, 200); },
  });

  await expect(transport.request({ method: "GET", path: "/v2/owners" })).rejects.toBeInstanceOf(TcTimeoutError);
});
