// Speed of the CLI against bare baselines measured in the same run; ratios, never assertions.
// Run with `npx pnpm@10.34.9 run bench` after a build.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { startSandbox } from "@tcapi/sandbox";
import { createTransport } from "@tcapi/transport";
import { parseBatchInput } from "../src/input/batch-input.js";
import { run, type CliIo } from "../src/index.js";

const BIN = resolve(import.meta.dirname, "../dist/bin.js");

function timeIt(repeats: number, task: () => void): number {
  const started = performance.now();
  for (let index = 0; index < repeats; index++) task();
  return (performance.now() - started) / repeats;
}

async function timeAsync(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

function report(name: string, measured: number, baseline: number, unit = "ms"): void {
  const ratio = (measured / baseline).toFixed(2);
  console.log(
    `${name.padEnd(44)} ${measured.toFixed(1).padStart(9)} ${unit}  baseline ${baseline
      .toFixed(1)
      .padStart(8)} ${unit}  ratio ${ratio}`,
  );
}

// 1. Start-up: `tcapi --version` against an empty node process.
const bare = timeIt(5, () => spawnSync(process.execPath, ["-e", "0"]));
const cli = timeIt(5, () => spawnSync(process.execPath, [BIN, "--version"]));
report("start-up (tcapi --version vs node -e 0)", cli, bare);

// 2. Reading a plain list of 20,000 values against a bare split.
const text = Array.from({ length: 20_000 }, (_, index) => `host-${index}.bench.example`).join("\n");
const split = timeIt(20, () => text.split("\n").filter((line) => line !== ""));
const parsed = timeIt(20, () => parseBatchInput(text, "bench", { type: "Host", tags: ["bench"] }));
report("batch input parse, 20k lines (vs split)", parsed, split);

// 3. Export of 20,000 indicators through `run` against paging the transport directly.
const sandbox = await startSandbox({ port: 0, hostname: "127.0.0.1" });
const env = {
  TC_API_PATH: sandbox.url,
  TC_API_ACCESS_ID: sandbox.accessId,
  TC_API_SECRET_KEY: sandbox.secretKey,
  TC_OWNER: sandbox.organization,
  XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "tcapi-bench-")),
};
const sink = (): Writable & { isTTY: boolean } =>
  Object.assign(
    new Writable({
      write: (_c, _e, done) => {
        done();
      },
    }),
    { isTTY: false },
  );
const io = (input = ""): CliIo => {
  const stdin = new PassThrough();
  stdin.end(input);
  return { stdout: sink(), stderr: sink(), stdin, env };
};

async function tcapi(args: string[], input?: string): Promise<void> {
  const code = await run(args, io(input));
  if (code !== 0) throw new Error(`tcapi ${args.join(" ")} exited with ${code}`);
}

await tcapi(["batch", "import", "-", "--type", "host"], text);

const transport = createTransport({
  baseUrl: sandbox.url,
  accessId: sandbox.accessId,
  secretKey: sandbox.secretKey,
  owner: sandbox.organization,
  env: {},
});
const pageAll = async (): Promise<void> => {
  let count = 0;
  for (let start = 0; ; start += 1000) {
    const data = await transport.request<{ host?: unknown[] }>({
      method: "GET",
      path: "/v2/indicators/hosts",
      query: { resultStart: start, resultLimit: 1000 },
    });
    count += (data.host ?? []).length;
    if ((data.host ?? []).length < 1000) break;
  }
  if (count !== 20_000) throw new Error(`the baseline read ${count} hosts, expected 20000`);
};
// One warm-up pass of each, so neither side pays the sandbox's and the JIT's first-run costs.
await pageAll();
await tcapi(["export", "indicators", "--type", "host", "--out", devNull]);
const rawPaging = await timeAsync(pageAll);
const heapBefore = process.memoryUsage().heapUsed;
const exported = await timeAsync(() => tcapi(["export", "indicators", "--type", "host", "--out", devNull]));
const heapAfter = process.memoryUsage().heapUsed;
report("export 20k hosts to JSONL (vs raw paging)", exported, rawPaging);
console.log(
  `${"heap growth during export".padEnd(44)} ${((heapAfter - heapBefore) / 1e6).toFixed(1).padStart(9)} MB`,
);

await sandbox.close();
