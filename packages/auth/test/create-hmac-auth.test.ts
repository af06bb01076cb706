import { describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";

describe.each(ENTRIES)("createHmacAuth, $name entry", ({ api }) => {
  it("signs with the clock's whole seconds and the documented header format", async () => {
    const auth = api.createHmacAuth({ accessId: "12345", secretKey: "secret", now: () => 1513703787_999 });

    expect(auth.scheme).toBe("TC");
    await expect(auth.headers({ method: "get", target: "/api/v2/owners" })).resolves.toEqual({
      Timestamp: "1513703787",
      Authorization: "TC 12345:KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=",
    });
  });

  it("takes a fresh timestamp on every call", async () => {
    let ms = 1_000_000_000_000;
    const auth = api.createHmacAuth({ accessId: "1", secretKey: "secret", now: () => ms });
    const first = await auth.headers({ method: "GET", target: "/v2/owners" });

    ms += 5000;

    const second = await auth.headers({ method: "GET", target: "/v2/owners" });

    expect(Number(second.Timestamp) - Number(first.Timestamp)).toBe(5);
    expect(second.Authorization).not.toBe(first.Authorization);
  });

  it("defaults to the system clock", async () => {
    const before = Math.floor(Date.now() / 1000);
    const headers = await api.createHmacAuth({ accessId: "1", secretKey: "secret" }).headers({ method: "GET", target: "/" });
    const after = Math.floor(Date.now() / 1000);

    expect(Number(headers.Timestamp)).toBeGreaterThanOrEqual(before);
    expect(Number(headers.Timestamp)).toBeLessThanOrEqual(after);
  });
});
