import { describe, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";
import type { SandboxOptions } from "../src/index.js";

describe("createSandbox options", () => {
  it("refuses options that could never authenticate or run, naming the option", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ accessId: "a:b" }, /options\.accessId/],
      [{ accessId: 123 }, /options\.accessId/],
      [{ secretKey: "" }, /options\.secretKey/],
      [{ token: "has space" }, /options\.token/],
      [{ tokenExpiresAt: "soon" }, /options\.tokenExpiresAt/],
      [{ organization: "" }, /options\.organization/],
      [{ now: 5 }, /options\.now/],
      [{ log: "console" }, /options\.log/],
      [{ batchProcessingDelayMs: -1 }, /options\.batchProcessingDelayMs/],
      [{ dataFile: "" }, /options\.dataFile/],
    ];
    for (const [options, message] of cases) {
      expect(() => createSandbox(options as SandboxOptions), JSON.stringify(options)).toThrow(message);
    }
  });

  it("never echoes a rejected secret key or token", () => {
    const secretKey = "s3cret with space";
    let message = "";
    try {
      createSandbox({ secretKey: 42 as unknown as string, token: secretKey });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/options\./);
    expect(message).not.toContain("42");
    expect(message).not.toContain(secretKey);
  });
});
