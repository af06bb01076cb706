import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { validateIndicatorSummary } from "@tcapi/model";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const CLI_DIR = resolve(import.meta.dirname, "..");

function runDemo(outDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "demo/main.ts"], {
      cwd: CLI_DIR,
      env: { PATH: process.env.PATH ?? "", TCAPI_DEMO_OUT: outDir, XDG_CONFIG_HOME: outDir },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolvePromise({ code, stdout, stderr });
    });
  });
}

function count(output: string, label: string): number {
  const match = new RegExp(`^\\s+${label}\\s+(\\d+)$`, "m").exec(output);
  if (match?.[1] === undefined) throw new Error(`the demo printed no "${label}" line`);
  return Number(match[1]);
}

describe("npm run demo", () => {
  it(
    "imports the phishing list, reports rejected entries, and exports what was accepted",
    { timeout: 180_000 },
    async () => {
      // The expected numbers come from the data file and the model's Host rules, not from the demo.
      const data = JSON.parse(
        readFileSync(require.resolve("eth-phishing-detect/src/config.json"), "utf8"),
      ) as { blacklist: string[] };
      const domains = data.blacklist;
      const accepted = new Set(domains.filter((domain) => validateIndicatorSummary("Host", domain).ok)).size;
      const rejected = domains.length - accepted;

      const outDir = mkdtempSync(join(tmpdir(), "tcapi-demo-"));
      const result = await runDemo(outDir);

      expect(result).toMatchObject({ code: 0 });
      expect(result.stdout).toContain("$ tcapi owners");
      expect(count(result.stdout, "domains in the list")).toBe(domains.length);
      expect(count(result.stdout, "imported \\(success\\)")).toBe(accepted);
      expect(count(result.stdout, "rejected \\(per-item errors\\)")).toBe(rejected);
      expect(count(result.stdout, "unprocessed")).toBe(0);
      expect(count(result.stdout, "not sent \\(halted\\)")).toBe(0);
      expect(count(result.stdout, "exported lines")).toBe(accepted);
      expect(result.stdout).toMatch(/"name": "phishing"/);

      const exported = readFileSync(join(outDir, "phishing-hosts.jsonl"), "utf8").trim().split("\n");
      expect(exported).toHaveLength(accepted);
      expect(readFileSync(join(outDir, "import-errors.jsonl"), "utf8").trim().split("\n")).toHaveLength(
        rejected,
      );
    },
  );
});
