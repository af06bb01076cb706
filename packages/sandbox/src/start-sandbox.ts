import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createSandboxCore } from "./create-sandbox.js";
import type { RunningSandbox, StartSandboxOptions } from "./types.js";

/**
 * Start a sandbox listening on 127.0.0.1 (port 0 = chosen by the OS). The raw request target
 * of each Node request is what signatures are checked against.
 * @public
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { sandbox, app } = createSandboxCore(options);
  const hostname = options.hostname ?? "127.0.0.1";

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: (req, env) => app.fetch(req, env), port: options.port ?? 0, hostname }, () => { resolve(s); });
    s.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  const host = hostname.includes(":") ? `[${hostname}]` : hostname;
  const url = `http://${host}:${port}/api`;

  let closing: Promise<void> | undefined;
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      server.close((error) => { if (error) reject(error); else resolve(); });
      if ("closeAllConnections" in server) server.closeAllConnections();
    });
    await sandbox.flush();
  };

  return {
    fetch: (request) => sandbox.fetch(request),
    get baseUrl() { return url; },
    get accessId() { return sandbox.accessId; },
    get secretKey() { return sandbox.secretKey; },
    get token() { return sandbox.token; },
    organization: sandbox.organization,
    rotateToken: (expiresAt) => sandbox.rotateToken(expiresAt),
    flush: () => sandbox.flush(),
    url,
    port,
    // Closing twice (afterEach plus afterAll) returns the first close instead of a "not running" error.
    close: () => (closing ??= close()),
  };
}
