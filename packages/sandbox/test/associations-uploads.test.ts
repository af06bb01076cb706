import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

describe("victim associations", () => {
  async function victim(sandbox: Sandbox, name: string, withAsset: boolean): Promise<number> {
    const id = (dataOf((await callJson(sandbox, "POST", "/v2/victims", { body: { name } })).json, "victim") as { id: number }).id;
    if (withAsset) await callJson(sandbox, "POST", `/v2/victims/${id}/victimAssets/webSites`, { body: { webSite: `${name}.example.com` } });
    return id;
  }

  it("refuses a task link for a victim without assets from either side", async () => {
    const sandbox = createSandbox();
    const bare = await victim(sandbox, "bare", false);
    const task = (dataOf((await callJson(sandbox, "POST", "/v2/tasks", { body: { name: "t" } })).json, "task") as { id: number }).id;
    expect((await callJson(sandbox, "POST", `/v2/tasks/${task}/victims/${bare}`)).status).toBe(400);
    const fromVictim = await callJson(sandbox, "POST", `/v2/victims/${bare}/tasks/${task}`);
    expect(fromVictim.status).toBe(400);
    expect(fromVictim.json.message).toMatch(/at least one victim asset/);
  });

  it("sees other victims and indicators only through shared groups, never by a direct link", async () => {
    const sandbox = createSandbox();
    const a = await victim(sandbox, "a", true);
    const b = await victim(sandbox, "b", true);
    const direct = await callJson(sandbox, "POST", `/v2/victims/${a}/victims/${b}`);
    expect(direct.status).toBe(400);
    expect((await callJson(sandbox, "GET", `/v2/victims/${a}/victims/${b}`)).status).toBe(404);

    const group = (dataOf((await callJson(sandbox, "POST", "/v2/groups/threats", { body: { name: "g" } })).json, "threat") as { id: number }).id;
    await callJson(sandbox, "POST", "/v2/indicators/hosts", { body: { hostName: "shared.example.com" } });
    for (const path of [`victims/${a}`, `victims/${b}`, "indicators/hosts/shared.example.com"]) {
      expect((await callJson(sandbox, "POST", `/v2/groups/threats/${group}/${path}`)).status).toBe(200);
    }
    expect((await callJson(sandbox, "GET", `/v2/victims/${a}/victims/${b}`)).status).toBe(200);
    expect((await callJson(sandbox, "GET", `/v2/victims/${a}/indicators/hosts/shared.example.com`)).status).toBe(200);
  });
});

describe("malware documents", () => {
  it("accept only a zip whose entries are encrypted (password-protected), not a plain zip", async () => {
    const sandbox = createSandbox();
    const created = await callJson(sandbox, "POST", "/v2/groups/documents", { body: { name: "m", fileName: "m.zip", malware: true, password: "infected" } });
    const id = (dataOf(created.json, "document") as { id: number }).id;
    // Local file header: signature, version 20, then the general purpose flags (bit 0 = encrypted).
    const header = (flags: number): Uint8Array => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, flags, 0x00, 0x00, 0x00]);

    const plain = await callJson(sandbox, "POST", `/v2/groups/documents/${id}/upload`, { raw: header(0) });
    expect(plain.status).toBe(400);
    expect(plain.json.message).toMatch(/password-protected zip/);
    expect((await call(sandbox, "POST", `/v2/groups/documents/${id}/upload`, { raw: header(1) })).status).toBe(200);
  });
});
