import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";

const run = promisify(execFile);
const TS = 1513703787;
const SECRET = "adversarial-secret-never-shown";

// Inputs found by trying to break the package as a new user would.
describe.each(ENTRIES)("adversarial inputs, $name entry", ({ api }) => {
  describe("toCurl output is safe to paste into a shell", () => {
    it.each(["GET&ECHO", "X|CAT", "A'B", "X`ID`"])("quotes the method %s", async (method) => {
      const command = api.toCurl({ method, url: "https://h.invalid/x", headers: {} });
      const { stdout } = await run("bash", ["-c", `set -- ${command.slice("curl ".length)}; printf '%s\\n' "$@"`]);

      expect(stdout.split("\n").slice(0, 3)).toEqual(["-X", method, "https://h.invalid/x"]);
    });

    it("sends a body starting with @ literally instead of reading a local file", () => {
      const command = api.toCurl({ method: "POST", url: "https://h.invalid/x", headers: {}, body: "@/etc/passwd" });

      expect(command).toContain("--data-raw '@/etc/passwd'");
      expect(command).not.toContain("--data-binary");
    });

    it("never prints a credential that has no scheme or a tab after the scheme", () => {
      for (const authorization of ["dXNlcjpwYXNz", "TC\tdXNlcjpwYXNz", "Basic\tdXNlcjpwYXNz"]) {
        const command = api.toCurl({ method: "GET", url: "https://h.invalid/x", headers: { Authorization: authorization } });

        expect(command).not.toContain("dXNlcjpwYXNz");
      }
    });

    it("masks a password in the URL", () => {
      const command = api.toCurl({ method: "GET", url: "https://user:pa55word@h.invalid/x", headers: {} });

      expect(command).not.toContain("pa55word");
      expect(command).toContain("https://user:***@h.invalid/x");
    });

    it("in openssl mode sends only the HMAC Authorization, not the one passed in", () => {
      const command = api.toCurl(
        { method: "GET", url: "https://h.invalid/x", headers: { Authorization: "TC-Token abc" } },
        { signature: "openssl" },
      );

      expect(command.match(/Authorization:/g)).toHaveLength(1);
      expect(command).toContain("Authorization: TC $TC_API_ACCESS_ID:$SIG");
    });

    it("rejects missing headers or a non-string body with a TypeError naming the field", () => {
      expect(() => api.toCurl({ method: "GET", url: "https://h.invalid/", headers: undefined as never })).toThrow(/headers must be an object/);
      expect(() => api.toCurl({ method: "GET", url: "https://h.invalid/", headers: {}, body: 5 as never })).toThrow(/body must be a string/);
    });
  });

  describe("verifyRequest fails closed", () => {
    async function verify(extra: Partial<Parameters<typeof api.verifyRequest>[0]>) {
      const headers = await api.sign({ accessId: "7", secretKey: SECRET, method: "GET", target: "/x", timestamp: TS });

      return api.verifyRequest({
        method: "GET",
        target: "/x",
        authorization: headers.Authorization,
        timestamp: headers.Timestamp,
        lookupSecret: () => SECRET,
        now: () => TS * 1000,
        ...extra,
      });
    }

    function verifyToken(record: unknown) {
      return verify({ authorization: "TC-Token a:b:c", lookupToken: () => record as never });
    }

    it("treats a null token record as unknown", async () => {
      await expect(verifyToken(null)).resolves.toEqual({ ok: false, reason: "unknown-token" });
    });

    it("treats any truthy revoked flag as revoked", async () => {
      await expect(verifyToken({ revoked: "yes" })).resolves.toEqual({ ok: false, reason: "unknown-token" });
    });

    it.each([["NaN", Number.NaN], ["a string", "soon"], ["milliseconds", (TS + 60) * 1000]])(
      "rejects a token record whose expiresAt is %s instead of accepting the token",
      async (_label, expiresAt) => {
        await expect(verifyToken({ expiresAt })).rejects.toThrow(/lookupToken.*expiresAt/);
      },
    );

    it("rejects a clock that returns no number instead of skipping the window check", async () => {
      await expect(verify({ now: () => Number.NaN })).rejects.toThrow(/now must return milliseconds/);
    });

    it("names method, target and timestamp when they are not strings", async () => {
      await expect(verify({ method: undefined as never })).rejects.toThrow(/method must be a string/);
      await expect(verify({ target: undefined as never })).rejects.toThrow(/target must be a string/);
      await expect(verify({ timestamp: TS as never })).rejects.toThrow(/timestamp must be the Timestamp header string/);
    });
  });

  describe("clocks and expiries", () => {
    it("names the clock, not the timestamp, when now() returns no time", async () => {
      const auth = api.createHmacAuth({ accessId: "1", secretKey: SECRET, now: () => Number.NaN });

      await expect(auth.headers({ method: "GET", target: "/x" })).rejects.toThrow(/now must return milliseconds/);
    });

    it("rejects an expiresAt given in milliseconds, which would never trigger renewal", () => {
      expect(() => api.createTokenAuth({ token: "t", expiresAt: (TS + 3600) * 1000 })).toThrow(/expiresAt looks like milliseconds/);
    });

    it("names the options and the request when they are missing", async () => {
      expect(() => api.createHmacAuth(undefined as never)).toThrow(/createHmacAuth needs an object/);
      expect(() => api.createTokenAuth(undefined as never)).toThrow(/createTokenAuth needs an object/);
      await expect(api.createHmacAuth({ accessId: "1", secretKey: SECRET }).headers(undefined as never)).rejects.toThrow(/request must be an object/);
    });
  });

  describe("sign", () => {
    it("explains a doubled slash after the host, which requestTarget keeps", async () => {
      const target = api.requestTarget("https://app.threatconnect.com//api/v2/owners");

      await expect(api.sign({ accessId: "1", secretKey: SECRET, method: "GET", target, timestamp: TS })).rejects.toThrow(/doubled slash/);
    });

    it("rejects a non-ASCII access id, which a header cannot carry as text", async () => {
      await expect(api.sign({ accessId: "é1", secretKey: SECRET, method: "GET", target: "/x", timestamp: TS })).rejects.toThrow(/accessId must be printable ASCII/);
    });
  });
});
