import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, freshConfigHome, runCli, runOk } from "./helpers/run-cli.js";

// Sandboxes a test started; any still running when it ends (a failure, a timeout) are killed.
const running = new Set<ChildProcess>();

afterEach(() => {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
});

/**
 * Starts `tcapi sandbox --port 0` and resolves with the exported settings once the first four
 * lines are out. Every wait is keyed on output or exit, never on a clock: a slow machine only
 * makes it slower, and the test's own timeout is the limit.
 */
function startCliSandbox(extra: string[] = []): Promise<{
  env: Record<string, string>;
  stop: (signal: NodeJS.Signals) => Promise<{ code: number | null; stderr: string }>;
}> {
  const child = spawn(process.execPath, [BIN, "sandbox", "--port", "0", ...extra], {
    env: { PATH: process.env.PATH ?? "", XDG_CONFIG_HOME: freshConfigHome() },
  });
  running.add(child);
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("close", (code) => {
      running.delete(child);
      resolve({ code, stderr });
    }),
  );

  return new Promise((resolve, reject) => {
    child.on("error", reject);
    // A sandbox that dies before printing its settings fails the test with its own words, not a timeout.
    void exited.then(({ code }) => {
      reject(new Error(`tcapi sandbox exited with ${String(code)} before printing its settings:\n${stderr}`));
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const lines = stdout.split("\n").filter((line) => line.startsWith("export "));
      if (lines.length < 4) return;

      const env: Record<string, string> = {};
      for (const line of lines) {
        const match = /^export (\w+)=(.*)$/.exec(line);
        if (match?.[1] !== undefined && match[2] !== undefined)
          env[match[1]] = match[2].replace(/^'(.*)'$/, "$1");
      }
      resolve({
        env,
        stop: (signal) => {
          child.kill(signal);
          return exited;
        },
      });
    });
  });
}

describe("tcapi sandbox", { timeout: 120_000 }, () => {
  it("prints the four export lines first, serves them, and stops cleanly on SIGTERM", async () => {
    const running = await startCliSandbox();

    expect(Object.keys(running.env)).toEqual([
      "TC_API_PATH",
      "TC_API_ACCESS_ID",
      "TC_API_SECRET_KEY",
      "TC_OWNER",
    ]);
    expect(running.env.TC_API_PATH).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);

    const owners = await runCli(["owners", "mine"], running.env);
    expect(JSON.parse(owners.stdout)).toMatchObject({ name: running.env.TC_OWNER });

    const stopped = await running.stop("SIGTERM");
    expect(stopped).toMatchObject({ code: 0 });
    expect(stopped.stderr).toContain("Sandbox stopped (SIGTERM)");
    expect(stopped.stderr).toMatch(/GET \/api\/v2\/owners\/mine 200/);
  });

  it("stops cleanly on SIGINT", async () => {
    const running = await startCliSandbox();
    const stopped = await running.stop("SIGINT");

    expect(stopped).toMatchObject({ code: 0 });
    expect(stopped.stderr).toContain("Sandbox stopped (SIGINT)");
  });

  it("keeps its data between runs with --data", async () => {
    const data = join(mkdtempSync(join(tmpdir(), "tcapi-data-")), "sandbox.json");

    const first = await startCliSandbox(["--data", data]);
    await runOk(["indicators", "create", "kept.example", "--type", "host"], first.env);
    expect(await first.stop("SIGTERM")).toMatchObject({ code: 0 });

    const second = await startCliSandbox(["--data", data]);
    const kept = JSON.parse(
      await runOk(["indicators", "get", "kept.example", "--type", "host"], second.env),
    ) as unknown;
    expect(kept).toMatchObject({ hostName: "kept.example" });
    expect(await second.stop("SIGTERM")).toMatchObject({ code: 0 });
  });

  it("rejects a bad port and a malformed seed file", async () => {
    const port = await runCli(["sandbox", "--port", "http"]);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("--port must be a number");

    const seed = join(mkdtempSync(join(tmpdir(), "tcapi-seed-")), "seed.json");
    writeFileSync(seed, '{"indicator": [\n  {"type": "Host",\n');
    const result = await runCli(["sandbox", "--port", "0", "--seed", seed]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/seed\.json is not valid JSON at line 3, column 1/);

    const words = join(mkdtempSync(join(tmpdir(), "tcapi-seed-")), "words.json");
    writeFileSync(words, "not json\n");
    const wordsResult = await runCli(["sandbox", "--port", "0", "--seed", words]);
    expect(wordsResult.code).toBe(2);
    expect(wordsResult.stderr).toMatch(/words\.json is not valid JSON at line 1, column 2: Unexpected token 'o'/);
  });
});
