import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requestTarget, sign } from "../src/index.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("the sign example produces the headers it shows", async () => {
    const url = "https://app.threatconnect.com/api/v2/indicators/hosts/example.com?owner=Common%20Community";
    const headers = await sign({ accessId: "12345678901234567890", secretKey: "secret", method: "GET", target: requestTarget(url), timestamp: 1513703787 });

    expect(README).toContain(`Authorization: "${headers.Authorization}"`);
  });

  it("the owner-with-a-space table shows the real targets and signatures", async () => {
    const spaced = new URL("https://app.threatconnect.com/api/v2/indicators/hosts/example.com");

    spaced.searchParams.set("owner", "Common Community");

    for (const url of ["https://app.threatconnect.com/api/v2/indicators/hosts/example.com?owner=Common Community", spaced]) {
      const target = requestTarget(url);
      const { Authorization } = await sign({ accessId: "1", secretKey: "secret", method: "GET", target, timestamp: 1513703787 });

      expect(README).toContain(`| \`${target}\` | \`${Authorization.slice("TC 1:".length)}\` |`);
    }
  });

  it("the requestTarget examples hold", () => {
    expect(README).toContain(`requestTarget(url); // "${requestTarget("https://app.threatconnect.com/api/v2/indicators?owner=Common+Community")}"`);
  });
});
