import { startSandbox, type RunningSandbox } from "@tcapi/sandbox";

/** A sandbox on 127.0.0.1 with an OS-chosen port, and the environment that points tcapi at it. */
export async function startTestSandbox(): Promise<{ sandbox: RunningSandbox; env: Record<string, string> }> {
  const sandbox = await startSandbox({ port: 0, hostname: "127.0.0.1" });
  return {
    sandbox,
    env: {
      TC_API_PATH: sandbox.url,
      TC_API_ACCESS_ID: sandbox.accessId,
      TC_API_SECRET_KEY: sandbox.secretKey,
      TC_OWNER: sandbox.organization,
    },
  };
}
