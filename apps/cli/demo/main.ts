// The tcapi demo: a sandbox in this process, the Hello World, a real phishing-domain import
// through the Batch API, a lookup, an export, and the counts and timings.
// Run from the repository root with `npm run demo`. Lives outside src/ so that
// eth-phishing-detect (demo data only) never reaches an installed tcapi.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { startSandbox } from "@tcapi/sandbox";
import { run, type CliIo } from "../src/index.js";
import { TeeStream } from "./tee-stream.js";

const require = createRequire(import.meta.url);
const repoRoot = resolve(import.meta.dirname, "../../..");
const outDir = resolve(process.env.TCAPI_DEMO_OUT ?? join(repoRoot, ".demo-output"));

interface ImportSummary {
  total: number;
  successCount: number;
  errorCount: number;
  unprocessedCount: number;
  notSentCount: number;
  seconds: number;
}

async function main(): Promise<number> {
  const timings: [string, number][] = [];
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    timings.push([label, (performance.now() - started) / 1000]);
    return result;
  };
  const totalStart = performance.now();

  heading("1. Start the sandbox (in this process, on 127.0.0.1)");
  const sandbox = await timed("start sandbox", () => startSandbox({ port: 0, hostname: "127.0.0.1" }));
  console.log(`   listening on ${sandbox.url} as organization "${sandbox.organization}"`);

  const stdout = new TeeStream(process.stdout);
  const io: CliIo = {
    stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: {
      ...process.env,
      TC_API_PATH: sandbox.url,
      TC_API_ACCESS_ID: sandbox.accessId,
      TC_API_SECRET_KEY: sandbox.secretKey,
      TC_OWNER: sandbox.organization,
      TC_API_TOKEN: undefined,
      TC_PROFILE: undefined,
    },
  };
  const tcapi = async (...args: string[]): Promise<string> => {
    console.log(`\n$ tcapi ${args.map(quote).join(" ")}`);
    const code = await run(args, io);
    if (code !== 0) throw new Error(`tcapi ${args.join(" ")} exited with ${code}`);
    return stdout.take();
  };

  try {
    heading("2. Hello World");
    await timed("tcapi owners", () => tcapi("owners"));

    heading("3. Import the eth-phishing-detect blacklist as Host indicators tagged phishing");
    const configPath = require.resolve("eth-phishing-detect/src/config.json");
    const domains = (JSON.parse(await readFile(configPath, "utf8")) as { blacklist: string[] }).blacklist;
    await mkdir(outDir, { recursive: true });
    const listFile = join(outDir, "phishing-domains.txt");
    const errorsFile = join(outDir, "import-errors.jsonl");
    await writeFile(listFile, `${domains.join("\n")}\n`);
    console.log(`   ${domains.length} domains from eth-phishing-detect/src/config.json (its blacklist)`);

    const importJson = await timed("batch import", () =>
      tcapi(
        "batch",
        "import",
        rel(listFile),
        "--type",
        "host",
        "--tag",
        "phishing",
        "--errors",
        rel(errorsFile),
        "--json",
      ),
    );
    const summary = JSON.parse(importJson) as ImportSummary;

    heading("4. Look one of them up, with its tags");
    // Any domain the server accepted will do; rejected ones are named in the errors file.
    const errorText = await readFile(errorsFile, "utf8");
    const sample = domains.find((domain) => !errorText.includes(domain)) ?? "";
    await timed("indicator lookup", () =>
      tcapi("indicators", "get", sample, "--type", "host", "--include-tags"),
    );

    heading("5. Export every host indicator to JSON Lines");
    const exportFile = join(outDir, "phishing-hosts.jsonl");
    await timed("export", () =>
      tcapi(
        "export",
        "indicators",
        "--type",
        "host",
        "--include-tags",
        "--format",
        "jsonl",
        "--out",
        rel(exportFile),
      ),
    );
    const exported = (await readFile(exportFile, "utf8")).split("\n").filter((line) => line !== "").length;

    heading("6. Counts and timings");
    const rows: [string, string][] = [
      ["domains in the list", String(domains.length)],
      ["imported (success)", String(summary.successCount)],
      ["rejected (per-item errors)", String(summary.errorCount)],
      ["unprocessed", String(summary.unprocessedCount)],
      ["not sent (halted)", String(summary.notSentCount)],
      ["exported lines", String(exported)],
      ...timings.map(([label, seconds]): [string, string] => [`time: ${label}`, `${seconds.toFixed(2)}s`]),
      ["time: total", `${((performance.now() - totalStart) / 1000).toFixed(2)}s`],
    ];
    for (const [label, value] of rows) console.log(`   ${label.padEnd(28)} ${value}`);
    console.log(
      `\n   files in ${rel(outDir)}: ${[listFile, errorsFile, exportFile]
        .map((file) => relative(outDir, file))
        .join(", ")}`,
    );
    return 0;
  } finally {
    await sandbox.close();
  }
}

function heading(text: string): void {
  console.log(`\n== ${text}`);
}

function rel(path: string): string {
  const relativePath = relative(process.cwd(), path);
  return relativePath.startsWith("..") ? path : relativePath;
}

function quote(arg: string): string {
  return /^[\w./:@=-]+$/.test(arg) ? arg : `'${arg}'`;
}

process.exitCode = await main();
