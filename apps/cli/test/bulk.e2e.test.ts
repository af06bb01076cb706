import { execFile, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers/run-cli.js";
import { startTestSandbox } from "./helpers/sandbox-env.js";

let sandbox: RunningSandbox;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), "tcapi-bulk-"));

beforeAll(async () => {
  ({ sandbox, env } = await startTestSandbox());
});

afterAll(async () => {
  await sandbox.close();
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("batch import", () => {
  it("imports a plain list, reporting rejected values as per-item errors", async () => {
    const list = file(
      "hosts.txt",
      "one.bulk.example\ntwo.bulk.example\n# a comment\n\nnot a host\nthree.bulk.example\n",
    );
    const errors = join(dir, "errors.jsonl");
    const result = await runCli(
      ["batch", "import", list, "--type", "host", "--tag", "bulk", "--errors", errors],
      env,
    );

    expect(result).toMatchObject({ code: 0 });
    expect(JSON.parse(result.stdout)).toMatchObject({
      total: 4,
      successCount: 3,
      errorCount: 1,
      unprocessedCount: 0,
      notSentCount: 0,
    });
    expect(result.stderr).toContain("not a host");

    const saved = readFileSync(errors, "utf8").trim().split("\n");
    expect(saved).toHaveLength(1);
    expect(saved[0]).toContain("not a host");

    const tagged = await runCli(["indicators", "list", "--tag", "bulk"], env);
    expect((JSON.parse(tagged.stdout) as unknown[]).length).toBe(3);
  });

  it("keeps existing tags when a later import has none, unless --tag-write-type replace", async () => {
    const list = file("feed.txt", "keep1.feed.example\nkeep2.feed.example\n");
    const tagsOf = async (host: string): Promise<string[]> => {
      const result = await runCli(["indicators", "tags", host, "--type", "host"], env);
      return (JSON.parse(result.stdout) as { name: string }[]).map((tag) => tag.name).sort();
    };

    expect(await runCli(["batch", "import", list, "--type", "host", "--tag", "feed2"], env)).toMatchObject({
      code: 0,
    });
    expect(await runCli(["batch", "import", list, "--type", "host"], env)).toMatchObject({ code: 0 });
    expect(await tagsOf("keep1.feed.example")).toEqual(["feed2"]);

    await runCli(["batch", "import", list, "--type", "host", "--tag", "feed3"], env);
    expect(await tagsOf("keep2.feed.example")).toEqual(["feed2", "feed3"]);

    const replace = ["--tag", "feed4", "--tag-write-type", "replace"];
    expect(await runCli(["batch", "import", list, "--type", "host", ...replace], env)).toMatchObject({
      code: 0,
    });
    expect(await tagsOf("keep1.feed.example")).toEqual(["feed4"]);

    const bad = await runCli(["batch", "import", list, "--type", "host", "--label-write-type", "merge"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--label-write-type must be one of Append, Replace, not "merge"');
  });

  it("accounts for every item when --halt-on-error stops the import", async () => {
    const hosts = ["h1", "h2", "not a host", "h4", "h5", "h6", "h7", "h8"].map((name) =>
      name.includes(" ") ? name : `${name}.halt.example`,
    );
    const result = await runCli(
      ["batch", "import", file("halt.txt", hosts.join("\n")), "--type", "host", "--halt-on-error"],
      env,
    );

    expect(result).toMatchObject({ code: 0 });
    const summary = JSON.parse(result.stdout) as Record<string, number>;
    expect(summary).toMatchObject({
      total: 8,
      successCount: 2,
      errorCount: 1,
      unprocessedCount: 0,
      notSentCount: 5,
    });
    expect(result.stderr).toContain("not sent (halted): 5 of 8 items");
  });

  it("words a rejected item's reason with the right article", async () => {
    const result = await runCli(["batch", "import", "-"], env, '{"indicator":[{"type":"ASN"}]}');
    expect(result.stderr).toContain('An ASN indicator needs "AS Number"');
  });

  it("imports CSV with a header from stdin and v2 batch JSON with a group", async () => {
    const csv = await runCli(
      ["batch", "import", "-"],
      env,
      "type,value,rating,tags\nAddress,192.0.2.7,2,csv;import\nHost,csv.example,,csv\n",
    );
    expect(JSON.parse(csv.stdout)).toMatchObject({ successCount: 2, errorCount: 0 });

    const document = {
      indicator: [
        {
          type: "Host",
          summary: "json.example",
          tag: [{ name: "from-json" }],
          associatedGroups: [{ groupXid: "e2e-xid" }],
        },
      ],
      group: [{ type: "Incident", name: "JSON incident", xid: "e2e-xid", eventDate: "2024-03-01T00:00:00Z" }],
    };
    const json = await runCli(["batch", "import", file("doc.json", JSON.stringify(document))], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 2, successCount: 2, errorCount: 0 });
  });

  it("names the line and column of a malformed batch file", async () => {
    const path = file(
      "broken.json",
      '{\n  "indicator": [\n    {"type": "Host" "summary": "x.example"}\n  ]\n}\n',
    );
    const result = await runCli(["batch", "import", path], env);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("broken.json is not valid JSON at line 3, column 21");

    // V8 names no offset for an unexpected token; the position must still be right.
    const doubledFile = file("doubled.json", '[\n  {"type": "Host"},,\n]\n');
    const doubled = await runCli(["batch", "import", doubledFile], env);
    expect(doubled.code).toBe(2);
    expect(doubled.stderr).toContain("doubled.json is not valid JSON at line 2, column 20");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unreadable file", async () => {
    const missing = await runCli(["batch", "import", join(dir, "missing.json")], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read .*missing\.json: no such file/);

    const locked = file("locked.txt", "x.example\n");
    chmodSync(locked, 0o000);
    const denied = await runCli(["batch", "import", locked, "--type", "host"], env);
    // root may read anything; then the import itself must succeed instead.
    if (denied.code === 2) expect(denied.stderr).toContain("permission denied");
    else expect(denied).toMatchObject({ code: 0 });
  });

  it("requires --type for a plain list", async () => {
    const result = await runCli(["batch", "import", file("untyped.txt", "x.example\n")], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--type host");
  });
});

describe("export indicators", () => {
  it("streams JSON Lines, CSV and a JSON array that agree with each other", async () => {
    await runCli(
      ["batch", "import", "-", "--type", "host", "--tag", "exported"],
      env,
      "e1.example\ne2.example\ne3.example\n",
    );
    const out = join(dir, "export.jsonl");

    const jsonl = await runCli(
      ["export", "indicators", "--tag", "exported", "--out", out, "--page-size", "2"],
      env,
    );
    expect(jsonl).toMatchObject({ code: 0 });
    expect(jsonl.stderr).toContain("Exported 3 indicators");
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { summary: string });
    expect(lines.map((line) => line.summary).sort()).toEqual(["e1.example", "e2.example", "e3.example"]);

    const csv = await runCli(["export", "indicators", "--tag", "exported", "--format", "csv"], env);
    const rows = csv.stdout.trim().split("\n");
    expect(rows[0]).toBe("Type,Value,Rating,Confidence,Owner,DateAdded,LastModified,Tags");
    expect(rows).toHaveLength(4);

    const array = await runCli(["export", "indicators", "--tag", "exported", "--format", "json"], env);
    expect(JSON.parse(array.stdout)).toHaveLength(3);
  });

  it("stops quietly when the reader of stdout goes away", async () => {
    await runCli(
      ["batch", "import", "-", "--type", "host"],
      env,
      Array.from({ length: 3000 }, (_, i) => `pipe-${i}.example`).join("\n"),
    );
    const shell = `"${process.execPath}" "${BIN}" export indicators --page-size 100 | head -c 200 > /dev/null; echo "status \${PIPESTATUS[0]}"`;
    const result = await new Promise<{ stdout: string; stderr: string }>((resolvePromise, reject) => {
      execFile(
        "/bin/bash",
        ["--norc", "--noprofile", "-c", shell],
        { env: { ...env, PATH: process.env.PATH ?? "", XDG_CONFIG_HOME: dir } },
        (error, stdout, stderr) => {
          if (error) reject(new Error(stderr, { cause: error }));
          else resolvePromise({ stdout, stderr });
        },
      );
    });

    expect(result.stdout).toBe("status 0\n");
    expect(result.stderr).not.toMatch(/EPIPE|error/);
  });

  it("counts a single exported indicator in the singular", async () => {
    await runCli(["batch", "import", "-", "--type", "host", "--tag", "alone"], env, "alone.example\n");
    const result = await runCli(["export", "indicators", "--tag", "alone"], env);
    expect(result.stderr).toMatch(/Exported 1 indicator in /);
  });

  it("keeps its exit code when the reader of stderr goes away", async () => {
    const child = spawn(process.execPath, [BIN, "indicators", "get", "gone.example", "--type", "host"], {
      env: { ...env, PATH: process.env.PATH ?? "", XDG_CONFIG_HOME: dir },
    });
    // Closed before the process has even loaded: every note it writes meets a broken pipe.
    child.stderr.destroy();
    const code = await new Promise<number | null>((resolvePromise) => child.on("close", resolvePromise));

    expect(code).toBe(4);
  });

  it("rejects an unknown format", async () => {
    const result = await runCli(["export", "indicators", "--format", "xlsx"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--format must be jsonl, csv or json");
  });
});
