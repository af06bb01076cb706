import { createSandbox, type Sandbox, type SandboxOptions } from "@tcapi/sandbox";
import { createClient, type Client } from "../../src/index.js";

/** A client wired to a fresh in-process sandbox: no sockets, no network. */
export function sandboxClient(
  format: "json" | "xml" = "json",
  options: SandboxOptions = {},
): { client: Client; sandbox: Sandbox } {
  const sandbox = createSandbox({ batchProcessingDelayMs: 0, ...options });
  const client = createClient({
    baseUrl: sandbox.baseUrl,
    accessId: sandbox.accessId,
    secretKey: sandbox.secretKey,
    owner: sandbox.organization,
    format,
    env: {},
    fetch: (input, init) => sandbox.fetch(new Request(input, init)),
    retry: { attempts: 1 },
  });
  return { client, sandbox };
}
