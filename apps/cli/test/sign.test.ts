import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

// Known-answer vectors from the API reference §2.1 (secret key "secret", timestamp 1513703787).
const ENV = {
  TC_API_PATH: "https://app.threatconnect.com/api",
  TC_API_ACCESS_ID: "12345",
  TC_API_SECRET_KEY: "secret",
};

describe("tcapi sign", () => {
  it("prints the two headers with the /api prefix added", async () => {
    const result = await runCli(["sign", "GET", "/v2/owners", "--timestamp", "1513703787"], ENV);

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toBe(
      "Timestamp: 1513703787\nAuthorization: TC 12345:KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=\n",
    );
  });

  it("encodes query values as they go on the wire (space as %20)", async () => {
    const typed = await runCli(
      ["sign", "GET", "/v2/indicators/hosts/example.com?owner=Common Community", "--timestamp", "1513703787"],
      ENV,
    );
    const flagged = await runCli(
      [
        "sign",
        "get",
        "/v2/indicators/hosts/example.com",
        "--query",
        "owner=Common Community",
        "--timestamp",
        "1513703787",
      ],
      ENV,
    );

    const expected = "Authorization: TC 12345:AXPcQbGDPK2rfIVCEbin6i9LFZRVAsUH97c7kBhqFNA=";
    expect(typed.stdout).toContain(expected);
    expect(flagged.stdout).toContain(expected);
  });

  it("signs the target byte for byte with --exact", async () => {
    const result = await runCli(
      ["sign", "POST", "/api/v2/batch/12345", "--exact", "--timestamp", "1513703787"],
      ENV,
    );

    expect(result.stdout).toContain("TC 12345:ZZWd2nkpuTQw8cEPZne/h73uJ/8qK6zmoyn3HcjKZfk=");
  });

  it("prints a curl command with the full URL and never the secret key", async () => {
    const env = { ...ENV, TC_API_SECRET_KEY: "a-long-secret-key-value" };
    const result = await runCli(["sign", "GET", "/v2/owners", "--curl", "--timestamp", "1513703787"], env);

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/^curl /);
    expect(result.stdout).toContain("'https://app.threatconnect.com/api/v2/owners'");
    expect(result.stdout).toContain("Timestamp: 1513703787");
    expect(result.stdout).toContain("Authorization: TC 12345:");
    expect(result.stdout + result.stderr).not.toContain("a-long-secret-key-value");
  });

  it("signs for the current time by default", async () => {
    const before = Math.floor(Date.now() / 1000);
    const result = await runCli(["sign", "GET", "/v2/owners"], ENV);
    const timestamp = Number(/Timestamp: (\d+)/.exec(result.stdout)?.[1]);

    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it("rejects an unknown method with exit code 2", async () => {
    const result = await runCli(["sign", "FETCH", "/v2/owners"], ENV);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown HTTP method "FETCH"');
    expect(result.stdout).toBe("");
  });

  it("rejects a malformed timestamp with exit code 2", async () => {
    const result = await runCli(["sign", "GET", "/v2/owners", "--timestamp", "yesterday"], ENV);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--timestamp must be Unix epoch seconds");
  });

  it("names the three variables when no credentials are set", async () => {
    const result = await runCli(["sign", "GET", "/v2/owners"], {});

    expect(result.code).toBe(3);
    expect(result.stderr).toContain("TC_API_ACCESS_ID");
    expect(result.stderr).toContain("TC_API_SECRET_KEY");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
