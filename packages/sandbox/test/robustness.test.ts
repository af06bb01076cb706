import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox, startSandbox } from "../src/index.js";
import { call, callJson } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "tcapi-sandbox-robust-"));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("XML output", () => {
  it("stays well-formed when a stored value holds control characters", async () => {
    const sandbox = createSandbox();
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "xml.example.com" } });
    await callJson(sandbox, "POST", "/v2/indicators/hosts/xml.example.com/attributes", { body: { type: "Description", value: "a\u0001b\u001fc & <d>" } });

    const res = await call(sandbox, "GET", "/v2/indicators/hosts/xml.example.com/attributes", { accept: "application/xml" });
    const text = await res.text();
    // XML 1.0 allows only tab, newline and carriage return below U+0020.
    const controls = Array.from(text, (c) => c.charCodeAt(0)).filter((code) => code < 0x20 && code !== 9 && code !== 10 && code !== 13);
    expect(controls).toEqual([]);
    expect(text).toContain("&amp; &lt;d&gt;");
  });
});

describe("pagination", () => {
  it("refuses a resultStart beyond a 32-bit integer like the server's integer parameters", async () => {
    const res = await callJson(createSandbox(), "GET", "/v2/indicators?resultStart=99999999999999999999");
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/must be integers/);
  });
});

describe("filters", () => {
  it("refuses a number filter with no value", async () => {
    const res = await callJson(createSandbox(), "GET", "/v2/indicators?filters=confidence%3D");
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/confidence=.*needs a number/);
  });
});

describe("seed option", () => {
  it("refuses a seed that is not a batch document, naming the option", () => {
    for (const seed of ["garbage", 42, null]) {
      expect(() => createSandbox({ seed }), String(seed)).toThrow(/^seed must be a v2 batch document/);
    }
  });

  it("refuses a seed whose items name a group xid the seed does not define", () => {
    const seed = { indicator: [{ type: "Host", summary: "a.example.com", associatedGroups: [{ groupXid: "missing" }] }] };
    expect(() => createSandbox({ seed })).toThrow(/seed: 1 associatedGroups/);
  });
});

describe("data file", () => {
  it("refuses at start a data file whose folder does not exist", () => {
    const dataFile = join(tmp, "no-such-folder", "store.json");
    expect(() => createSandbox({ dataFile })).toThrow(/no-such-folder.*cannot be created.*create the folder/);
  });

  it("names the file and the fix when the data file is not valid JSON", () => {
    const dataFile = join(tmp, "broken.json");
    writeFileSync(dataFile, "{\"trunc");
    expect(() => createSandbox({ dataFile })).toThrow(new RegExp(`${dataFile.replace(/[.\\/]/g, "\\$&")}.*not valid JSON.*delete it`));
  });

  it("names the file and the fix when the data file is JSON but not a sandbox data file", () => {
    for (const [name, text] of [["array.json", "[1,2,3]"], ["partial.json", "{\"version\":1}"]] as const) {
      const dataFile = join(tmp, name);
      writeFileSync(dataFile, text);
      expect(() => createSandbox({ dataFile }), name).toThrow(/is not a sandbox data file .*delete it to start from the seed/);
    }
  });

  it("survives a failed background write, logs it without secrets and writes again once possible", async () => {
    const dir = join(tmp, "vanishing");
    mkdirSync(dir);
    const lines: string[] = [];
    const sandbox = createSandbox({ dataFile: join(dir, "store.json"), log: (line) => lines.push(line) });
    rmSync(dir, { recursive: true, force: true });

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => { unhandled.push(reason); };
    process.on("unhandledRejection", onUnhandled);
    try {
      expect((await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "a.example.com" } })).status).toBe(201);
      await new Promise((r) => setTimeout(r, 300));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(lines.some((l) => l.includes("could not write the data file"))).toBe(true);
    expect(lines.join("\n")).not.toContain(sandbox.secretKey);

    mkdirSync(dir);
    await expect(sandbox.flush()).resolves.toBeUndefined();
    expect(createSandbox({ dataFile: join(dir, "store.json") }).organization).toBe(sandbox.organization);
  });
});

describe("startSandbox", () => {
  it("can be closed twice (afterEach and afterAll both cleaning up)", async () => {
    const running = await startSandbox({ port: 0 });
    await running.close();
    await expect(running.close()).resolves.toBeUndefined();
  });
});
