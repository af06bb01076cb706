import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSandbox, type RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshConfigHome, runCli } from "./helpers/run-cli.js";

const SECRET = "e2e-Secret-Key-0123456789-abcdefghij";
const TOKEN = "APIV2:430:c8mTcH:1234567890123:e2eTokenValue0123456789abcdefghij=";

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, hostname: "127.0.0.1", secretKey: SECRET, token: TOKEN });
});

afterAll(async () => {
  await sandbox.close();
});

describe("secrets never reach any output", () => {
  it("with HMAC and token credentials, --debug, errors, config and curl", async () => {
    const hmac = {
      TC_API_PATH: sandbox.url,
      TC_API_ACCESS_ID: sandbox.accessId,
      TC_API_SECRET_KEY: SECRET,
      TC_OWNER: sandbox.organization,
    };
    const token = { TC_API_PATH: sandbox.url, TC_API_TOKEN: TOKEN, TC_OWNER: sandbox.organization };
    const dir = mkdtempSync(join(tmpdir(), "tcapi-secrets-"));
    const list = join(dir, "hosts.txt");
    writeFileSync(list, "secret-test.example\nnot valid host\n");
    const home = freshConfigHome();

    const runs = await Promise.all([
      runCli(["--debug", "owners"], hmac),
      runCli(["--debug", "owners"], token),
      runCli(["--debug", "whoami"], token),
      runCli(["--debug", "indicators", "create", "bad host", "--type", "host", "--no-validate"], hmac),
      runCli(["--debug", "indicators", "get", "missing.example", "--type", "host"], token),
      runCli(["--debug", "batch", "import", list, "--type", "host"], hmac),
      runCli(["--debug", "export", "indicators", "--format", "csv"], token),
      runCli(["--debug", "api", "GET", "/v2/owners", "--query", "owner=x"], token),
      runCli(["--debug", "api", "GET", "/v2/owners"], { ...hmac, TC_API_SECRET_KEY: `${SECRET}-wrong` }),
      runCli(["--debug", "api", "GET", "/v2/owners"], { ...token, TC_API_TOKEN: `${TOKEN}-wrong` }),
      runCli(["sign", "GET", "/v2/owners", "--curl"], hmac),
      runCli(["--debug", "config", "show"], { ...hmac, TC_API_TOKEN: TOKEN, XDG_CONFIG_HOME: home }),
      runCli(["config", "set", "secret-key"], { XDG_CONFIG_HOME: home }, SECRET),
      runCli(["config", "get", "secret-key"], { XDG_CONFIG_HOME: home }),
    ]);

    // The runs really exercised authenticated calls and debug output.
    expect(runs[0]).toMatchObject({ code: 0 });
    expect(runs[1]).toMatchObject({ code: 0 });
    expect(runs[0].stderr).toMatch(/GET .*\/v2\/owners/);
    expect(runs[8].code).toBe(3);
    expect(runs[9].code).toBe(3);

    for (const run of runs) {
      const output = run.stdout + run.stderr;
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain("e2eTokenValue0123456789");
    }
  });
});
