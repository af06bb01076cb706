import { Hono } from "hono";
import { checkOptions } from "./check-options.js";
import { generateAccessId, generateSecretKey, generateToken } from "./credentials.js";
import type { Credentials } from "./http/authenticate.js";
import { handleRequest } from "./http/handle-request.js";
import { VerifiedCache } from "./http/verified-cache.js";
import type { HandlerState, IncomingLike } from "./http/handle-request.js";
import { createPersistence } from "./persist.js";
import { registerRoutes } from "./routes/register-routes.js";
import { seedDefaults } from "./seed.js";
import { createBatchRuntime } from "./store/batch-runner.js";
import { loadSeedDocuments } from "./store/batch-seed.js";
import { Store } from "./store/store.js";
import type { Sandbox, SandboxOptions } from "./types.js";

/** The Hono app plus the state behind it; startSandbox serves the same app on a port. @internal */
export interface SandboxCore { sandbox: Sandbox; app: Hono }

/**
 * Create an in-process ThreatConnect v2 sandbox. Requests go through `sandbox.fetch` and are
 * authenticated exactly like the cloud API (HMAC or TC-Token) under the base path `/api`.
 * @public
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  return createSandboxCore(options).sandbox;
}

/** @internal */
export function createSandboxCore(options: SandboxOptions): SandboxCore {
  checkOptions(options);
  const now = options.now ?? Date.now;
  const organization = options.organization ?? "Example Organization";
  const persistence = createPersistence(options.dataFile, options.log);

  const store = persistence.load() ?? freshStore(organization, options.seed, now);
  const credentials: Credentials = {
    accessId: options.accessId ?? generateAccessId(),
    secretKey: options.secretKey ?? generateSecretKey(),
    token: options.token ?? generateToken(now()),
    tokenExpiresAt: options.tokenExpiresAt,
    supersededTokens: new Set(),
  };

  const batch = createBatchRuntime(store, now, options.batchProcessingDelayMs ?? 0, () => { persistence.schedule(store); });
  const state: HandlerState = {
    router: registerRoutes(batch), verified: new VerifiedCache(), store, credentials, now, log: options.log,
    onWrite: () => { persistence.schedule(store); },
  };

  const app = new Hono();
  app.all("*", (c) => {
    const env = c.env as { incoming?: IncomingLike } | undefined;
    return handleRequest(state, c.req.raw, env?.incoming);
  });

  const sandbox: Sandbox = {
    fetch: async (request) => app.fetch(request),
    baseUrl: "http://127.0.0.1/api",
    get accessId() { return credentials.accessId; },
    get secretKey() { return credentials.secretKey; },
    get token() { return credentials.token; },
    organization: store.owners.get(store.organizationId)?.name ?? organization,
    rotateToken: (expiresAt) => {
      credentials.supersededTokens.add(credentials.token);
      credentials.token = generateToken(now());
      credentials.tokenExpiresAt = expiresAt;
      return credentials.token;
    },
    flush: () => persistence.flush(store),
  };
  return { sandbox, app };
}

function freshStore(organization: string, seed: unknown, now: () => number): Store {
  const store = new Store();
  seedDefaults(store, organization);
  if (seed !== undefined) loadSeedDocuments(store, seed, now);
  return store;
}
