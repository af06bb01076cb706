import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.js";
import type { RunningSandbox } from "../src/index.js";

const SCRIPT = fileURLToPath(new URL("./fixtures/hello-world.sh", import.meta.url));

let sandbox: RunningSandbox;
const logs: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, log: (line) => logs.push(line) });
});

afterAll(async () => {
  await sandbox.close();
});

/** Run the bash Hello World (curl + openssl) against the listening sandbox. */
function runScript(env: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const origin = sandbox.url.replace(/\/api$/, "");
  return new Promise((resolve, reject) => {
    execFile("bash", [SCRIPT], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", TC_API_URL: origin, TC_API_ACCESS_ID: sandbox.accessId, TC_API_SECRET_KEY: sandbox.secretKey, ...env },
      timeout: 20_000,
    }, (error, stdout) => {
      if (error) {
        reject(new Error(`hello-world.sh failed: ${error.message}`));
        return;
      }
      const lines = stdout.trimEnd().split("\n");
      const status = Number(lines.pop());
      resolve({ status, body: JSON.parse(lines.join("\n")) as Record<string, unknown> });
    });
  });
}

describe("documented bash Hello World against a listening sandbox", () => {
  it("lists the owners with a curl request signed by openssl", async () => {
    const { status, body } = await runScript({});
    expect(status).toBe(200);
    expect(body.status).toBe("Success");
    const owners = (body.data as { owner: { name: string; type: string }[] }).owner;
    expect(owners.map((o) => o.name)).toContain("Example Organization");
    expect(owners.find((o) => o.type === "Organization")?.name).toBe(sandbox.organization);
  });

  it("verifies the raw target: an owner query signed with %20 works", async () => {
    const path = "/api/v2/indicators/hosts?owner=Common%20Community";
    const { status, body } = await runScript({ TC_REQUEST_PATH: path });
    expect(status).toBe(200);
    expect(body.status).toBe("Success");
  });

  it("rejects a wrong secret with the documented message", async () => {
    const { status, body } = await runScript({ TC_API_SECRET_KEY: "not-the-secret" });
    expect(status).toBe(403);
    expect(body).toEqual({ status: "Failure", message: "Signature data did not match expected result" });
  });

  it("rejects a timestamp six minutes old", async () => {
    const { status, body } = await runScript({ TC_TIMESTAMP: String(Math.floor(Date.now() / 1000) - 360) });
    expect(status).toBe(403);
    expect(body).toEqual({ status: "Failure", message: "Timestamp out of acceptable time range" });
  });

  it("rejects a signature made for another path (tampered target)", async () => {
    const { status, body } = await runScript({ TC_SIGN_PATH: "/api/v2/owners", TC_REQUEST_PATH: "/api/v2/owners/mine" });
    expect(status).toBe(403);
    expect(body.message).toBe("Signature data did not match expected result");
  });

  it("rejects an unknown access id with Access Denied", async () => {
    const { status, body } = await runScript({ TC_API_ACCESS_ID: "999" });
    expect(status).toBe(403);
    expect(body).toEqual({ status: "Failure", message: "Access Denied" });
  });

  it("never writes the secret key into the request log", () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join("\n")).not.toContain(sandbox.secretKey);
    expect(logs[0]).toMatch(/^GET \/api\/v2\/owners 200 \d+ms$/);
  });
});
