import { startSandbox, type RunningSandbox } from "@tcapi/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, TcValidationError } from "../src/index.js";
import { collect } from "./support/collect.js";

describe("over HTTP against a listening sandbox on 127.0.0.1", () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, hostname: "127.0.0.1", batchProcessingDelayMs: 0 });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("signs, sends and decodes real requests", { timeout: 30_000 }, async () => {
    const client = createClient({ baseUrl: sandbox.url, accessId: sandbox.accessId, secretKey: sandbox.secretKey, owner: sandbox.organization, env: {} });
    expect((await client.whoami()).userName).not.toBe("");
    await client.indicators.create({ type: "Address", ip: "2001:db8::5" });
    const result = await client.batch.import([{ type: "URL", summary: "http://example.com/x?y=1" }], { poll: { initialDelayMs: 10 } });
    expect(result.successCount).toBe(1);
    const summaries = (await collect(client.indicators.list())).map((i) => i.summary).sort();
    expect(summaries).toEqual(["2001:db8::5", "http://example.com/x?y=1"]);
  });

  it("refuses a batch import without an owner before reading the input", async () => {
    const client = createClient({ baseUrl: sandbox.url, accessId: sandbox.accessId, secretKey: sandbox.secretKey, env: {} });
    let read = false;
    function* input() {
      read = true;
      yield { type: "Host", summary: "x.example" };
    }
    await expect(client.batch.import(input())).rejects.toBeInstanceOf(TcValidationError);
    expect(read).toBe(false);
  });
});
