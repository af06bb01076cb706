import type { RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/index.js";
import { freshConfigHome } from "./helpers/run-cli.js";
import { memoryIo } from "./helpers/memory-io.js";
import { startTestSandbox } from "./helpers/sandbox-env.js";

let sandbox: RunningSandbox;
let env: Record<string, string>;

beforeAll(async () => {
  const started = await startTestSandbox();
  sandbox = started.sandbox;
  env = { ...started.env, XDG_CONFIG_HOME: freshConfigHome() };
});

afterAll(async () => {
  await sandbox.close();
});

// eslint-disable-next-line no-control-regex -- ANSI colour sequences are what is being looked for
const ANSI = /\u001b\[\d+m/;

describe("output for people and programs", () => {
  it("prints a table with coloured headings on a terminal", async () => {
    const { io, stdout } = memoryIo(env, { stdout: true, stderr: false });

    expect(await run(["owners"], io)).toBe(0);
    expect(stdout.text).toContain("┌");
    expect(stdout.text).toContain(sandbox.organization);
    expect(stdout.text).toMatch(ANSI);
  });

  it("prints no colour when NO_COLOR is set, and JSON with --json even on a terminal", async () => {
    const plain = memoryIo({ ...env, NO_COLOR: "1" }, { stdout: true, stderr: true });
    expect(await run(["owners"], plain.io)).toBe(0);
    expect(plain.stdout.text).toContain("┌");
    expect(plain.stdout.text).not.toMatch(ANSI);

    const json = memoryIo(env, { stdout: true, stderr: false });
    expect(await run(["--json", "owners"], json.io)).toBe(0);
    expect(JSON.parse(json.stdout.text)).toContainEqual(
      expect.objectContaining({ name: sandbox.organization }),
    );
  });

  it("shows a progress bar on a terminal stderr only", async () => {
    const values = Array.from({ length: 50 }, (_, index) => `progress-${index}.example`).join("\n");
    const withBar = memoryIo(env, { stdout: false, stderr: true }, values);
    expect(await run(["batch", "import", "-", "--type", "host"], withBar.io)).toBe(0);
    expect(withBar.stderr.text).toMatch(/Importing \[.*\] \d+% \| \d+\/50 items/);

    const exported = memoryIo(env, { stdout: false, stderr: true });
    expect(await run(["export", "indicators", "--type", "host", "--page-size", "10"], exported.io)).toBe(0);
    expect(exported.stderr.text).toMatch(/Exporting \[.*\] \d+% \| \d+\/\d+ indicators \| \d+\/s \| .* left/);

    const silent = memoryIo(env, { stdout: false, stderr: false });
    expect(await run(["export", "indicators", "--type", "host"], silent.io)).toBe(0);
    expect(silent.stderr.text).not.toContain("[");
  });

  it("colours the error prefix only on a terminal and never prints a stack trace for a user mistake", async () => {
    const tty = memoryIo(env, { stdout: false, stderr: true });
    expect(await run(["indicators", "get", "nothing.example", "--type", "host"], tty.io)).toBe(4);
    expect(tty.stderr.text).toMatch(ANSI);

    const piped = memoryIo(env, { stdout: false, stderr: false });
    expect(await run(["indicators", "get", "nothing.example", "--type", "host"], piped.io)).toBe(4);
    expect(piped.stderr.text).toMatch(/^error: GET .* failed: .*not found/);
    expect(piped.stderr.text).not.toMatch(/\n\s+at /);
  });

  it("documents the exit codes in --help", async () => {
    const { io, stdout } = memoryIo(env, { stdout: false, stderr: false });
    expect(await run(["--help"], io)).toBe(0);
    expect(stdout.text).toContain("Exit codes: 0 ok, 1 internal error, 2 usage");
    for (const command of [
      "whoami",
      "owners",
      "indicators",
      "groups",
      "victims",
      "tasks",
      "tags",
      "labels",
      "batch",
      "export",
      "api",
      "sign",
      "sandbox",
      "config",
    ]) {
      expect(stdout.text).toContain(`  ${command}`);
    }
  });
});
