import { mkdtempSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshConfigHome, runCli } from "./helpers/run-cli.js";
import { startTestSandbox } from "./helpers/sandbox-env.js";

let sandbox: RunningSandbox;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), "tcapi-api-"));

beforeAll(async () => {
  ({ sandbox, env } = await startTestSandbox());
});

afterAll(async () => {
  await sandbox.close();
});

describe("tcapi api", () => {
  it("sends a signed GET and prints the envelope", async () => {
    const result = await runCli(["api", "GET", "/v2/owners/mine"], env);

    expect(result).toMatchObject({ code: 0 });
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: "Success",
      data: { owner: { name: sandbox.organization } },
    });
  });

  it("sends query parameters and a body from a file", async () => {
    const body = join(dir, "tag.json");
    writeFileSync(body, JSON.stringify({ name: "api-tag", description: "made by tcapi api" }));

    const created = await runCli(["api", "POST", "/v2/tags", "--data", `@${body}`], env);
    expect(created).toMatchObject({ code: 0 });

    const listed = await runCli(["api", "GET", "/v2/tags", "--query", "filters=name^api"], env);
    expect(JSON.stringify(JSON.parse(listed.stdout))).toContain("api-tag");
  });

  it("refuses a --data body that looks like JSON but is not, naming line and column", async () => {
    const bad = await runCli(["api", "POST", "/v2/tags", "--data", "{bad json"], env);
    expect({ code: bad.code, stderr: bad.stderr }).toEqual({
      code: 2,
      stderr: expect.stringContaining(
        "--data is not valid JSON: Expected property name or '}' at line 1 column 2",
      ) as unknown,
    });

    const valid = await runCli(["api", "POST", "/v2/tags", "--data", '{"name":"inline-tag"}'], env);
    expect(valid).toMatchObject({ code: 0 });

    // --content-type sends the body as is: here the server itself refuses the broken JSON.
    const raw = await runCli(
      ["api", "POST", "/v2/tags", "--data", "{bad json", "--content-type", "application/json"],
      env,
    );
    expect(raw.code).toBe(6);
    expect(raw.stderr).not.toContain("--data is not valid JSON");
  });

  it("asks for XML with --xml and prints it raw", async () => {
    const result = await runCli(["--xml", "api", "GET", "/v2/owners"], env);

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^<\?xml|<ownersResponse/);
  });

  it("rejects an unknown method and an unreadable body file", async () => {
    const method = await runCli(["api", "PATCH", "/v2/owners"], env);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain('Unknown HTTP method "PATCH"');

    const body = await runCli(["api", "POST", "/v2/tags", "--data", `@${join(dir, "nope.json")}`], env);
    expect(body.code).toBe(2);
    expect(body.stderr).toMatch(/Cannot read .*nope\.json: no such file/);
  });

  it("maps a missing resource to exit code 4 and a bad signature to 3", async () => {
    const missing = await runCli(["api", "GET", "/v2/groups/incidents/999999"], env);
    expect(missing.code).toBe(4);

    const wrongKey = await runCli(["api", "GET", "/v2/owners"], {
      ...env,
      TC_API_SECRET_KEY: "not-the-right-key",
    });
    expect(wrongKey.code).toBe(3);
    expect(wrongKey.stderr).toContain("Signature data did not match expected result");
  });

  it("names the three variables when no credentials are set", async () => {
    const result = await runCli(["whoami"], {});

    expect(result.code).toBe(3);
    for (const name of ["TC_API_PATH", "TC_API_ACCESS_ID", "TC_API_SECRET_KEY"])
      expect(result.stderr).toContain(name);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses an API path that is not a URL as a usage error", async () => {
    const result = await runCli(["whoami"], { ...env, TC_API_PATH: "not a url" });

    expect(result).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Check TC_API_PATH") as unknown,
    });
  });

  it("reports a server that cannot be reached as exit code 5", async () => {
    const result = await runCli(["whoami"], { ...env, TC_API_PATH: "http://127.0.0.1:9/api" });

    expect({ code: result.code, stderr: result.stderr }).toMatchObject({
      code: 5,
      stderr: expect.stringContaining("Check TC_API_PATH") as unknown,
    });
  });
});

describe("tcapi config", () => {
  it("saves profiles with mode 0600, masks the secret and applies flags > env > profile", async () => {
    const home = freshConfigHome();
    const base = { XDG_CONFIG_HOME: home };

    await runCli(["config", "set", "api-path", env.TC_API_PATH ?? ""], base);
    await runCli(["config", "set", "access-id", env.TC_API_ACCESS_ID ?? ""], base);
    const secret = await runCli(["config", "set", "secret-key"], base, `${env.TC_API_SECRET_KEY ?? ""}\n`);
    expect(secret).toMatchObject({ code: 0 });

    const path = join(home, "tcapi", "config.json");
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "utf8")).toContain(env.TC_API_SECRET_KEY);

    const shown = await runCli(["config", "show"], base);
    expect(shown.stdout).not.toContain(env.TC_API_SECRET_KEY);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      settings: expect.arrayContaining([
        expect.objectContaining({ setting: "secret-key", source: "profile" }),
      ]) as unknown,
    });

    const viaProfile = await runCli(["owners", "mine"], base);
    expect(JSON.parse(viaProfile.stdout)).toMatchObject({ name: sandbox.organization });

    const envWins = await runCli(["owners", "mine"], { ...base, TC_API_PATH: "http://127.0.0.1:9/api" });
    expect({ code: envWins.code, stderr: envWins.stderr }).toMatchObject({ code: 5 });

    const flagWins = await runCli(["--api-path", env.TC_API_PATH ?? "", "owners", "mine"], {
      ...base,
      TC_API_PATH: "http://127.0.0.1:9/api",
    });
    expect(flagWins).toMatchObject({ code: 0 });
  });

  it("refuses an unknown key and an unknown profile", async () => {
    const key = await runCli(["config", "set", "colour", "blue"]);
    expect(key.code).toBe(2);
    expect(key.stderr).toContain('Unknown setting "colour"');

    const profile = await runCli(["--profile", "ghost", "whoami"]);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toContain('The profile "ghost" does not exist');
  });
});
