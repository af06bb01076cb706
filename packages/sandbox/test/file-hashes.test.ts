import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import { batchStatus } from "./batch-helpers.js";
import { callJson, dataOf } from "./helpers.js";

describe("File hashes", () => {
  it("refuses a File whose hashes belong to two different stored Files, and changes neither", async () => {
    const sandbox = createSandbox();
    const md5 = "1".repeat(32);
    const sha1 = "2".repeat(40);
    await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5 } });
    await callJson(sandbox, "POST", "/v2/indicators/files", { body: { sha1 } });

    const clash = await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5, sha1 } });
    expect(clash).toEqual({ status: 400, json: { status: "Failure", message: "The SHA-1 for this File is invalid, a File with this SHA-1 already exists" } });
    const byMd5 = dataOf((await callJson(sandbox, "GET", `/v2/indicators/files/${md5}`)).json, "file") as Record<string, unknown>;
    expect(byMd5.sha1).toBeUndefined();
  });

  it("adds a new hash to the File found by another of its hashes instead of dropping it", async () => {
    const sandbox = createSandbox();
    const md5 = "3".repeat(32);
    const sha256 = "4".repeat(64);
    const first = await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5 } });
    const again = await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5, sha256 } });
    expect(again.status).toBe(201);

    const bySha = await callJson(sandbox, "GET", `/v2/indicators/files/${sha256}`);
    expect(bySha.status).toBe(200);
    const file = dataOf(bySha.json, "file") as Record<string, unknown>;
    expect(file.id).toBe((dataOf(first.json, "file") as { id: number }).id);
    expect(file).toMatchObject({ md5, sha256 });
  });

  it("reports a batch File whose hashes belong to two stored Files as an error, leaving both intact", async () => {
    const sandbox = createSandbox();
    const md5 = "5".repeat(32);
    const sha1 = "6".repeat(40);
    await callJson(sandbox, "POST", "/v2/indicators/files", { body: { md5 } });
    await callJson(sandbox, "POST", "/v2/indicators/files", { body: { sha1 } });

    const status = await batchStatus(sandbox, { indicator: [{ type: "File", summary: `${md5} : ${sha1}` }] });
    expect(status).toMatchObject({ errorCount: 1, successCount: 0 });
    const bySha1 = dataOf((await callJson(sandbox, "GET", `/v2/indicators/files/${sha1}`)).json, "file") as Record<string, unknown>;
    expect(bySha1.md5).toBeUndefined();
  });
});
