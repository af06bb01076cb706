import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The built binary; tests run it exactly as users do. */
export const BIN = resolve(import.meta.dirname, "../../dist/bin.js");

/** What one run of the binary produced. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh, empty config directory so that no user profile leaks into a test. */
export function freshConfigHome(): string {
  return mkdtempSync(join(tmpdir(), "tcapi-test-config-"));
}

/**
 * Runs `node dist/bin.js` with only the given environment (plus PATH), optional stdin,
 * and resolves when it exits.
 */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? "", XDG_CONFIG_HOME: freshConfigHome(), ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    // A command that exits without reading its input closes the pipe; that is its answer, not ours to fail on.
    child.stdin.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") reject(error);
    });
    child.on("close", (code) => {
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(stdin ?? "");
  });
}

/** Runs the binary and fails with its stderr unless it exits with 0; resolves to stdout. */
export async function runOk(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<string> {
  const result = await runCli(args, env, stdin);
  if (result.code !== 0) {
    throw new Error(`tcapi ${args.join(" ")} exited with ${String(result.code)}:\n${result.stderr}`);
  }
  return result.stdout;
}
