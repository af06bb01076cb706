import { describe, expect, it, vi } from "vitest";
import { createTokenAuth } from "../src/index.js";

const T0 = 1_700_000_000;

function clock(seconds: number) {
  const state = { ms: seconds * 1000 };

  return { state, now: () => state.ms };
}

describe("createTokenAuth", () => {
  it("sends Authorization: TC-Token <token> with no Timestamp", async () => {
    const auth = createTokenAuth({ token: "APIV2:1:abc:=" });

    expect(auth.scheme).toBe("TC-Token");
    await expect(auth.headers({ method: "GET", target: "/api/v2/owners" })).resolves.toEqual({ Authorization: "TC-Token APIV2:1:abc:=" });
  });

  it("does not renew while the expiry is further away than the margin", async () => {
    const { now } = clock(T0);
    const renew = vi.fn(() => Promise.resolve({ token: "new", expiresAt: T0 + 3600 }));
    const auth = createTokenAuth({ token: "old", expiresAt: T0 + 16, renew, now });

    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token old" });
    expect(renew).not.toHaveBeenCalled();
  });

  it("renews within the default 15 s margin, passing the old token", async () => {
    const { now } = clock(T0);
    const renew = vi.fn((old: string) => Promise.resolve({ token: `${old}-renewed`, expiresAt: T0 + 3600 }));
    const auth = createTokenAuth({ token: "old", expiresAt: T0 + 15, renew, now });

    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token old-renewed" });
    expect(renew).toHaveBeenCalledWith("old");
  });

  it("renews after expiry and honours a custom margin", async () => {
    const { state, now } = clock(T0);
    const renew = vi.fn(() => Promise.resolve({ token: "fresh", expiresAt: T0 + 1000 }));
    const auth = createTokenAuth({ token: "old", expiresAt: T0 + 100, renew, now, marginSeconds: 60 });

    await auth.headers({ method: "GET", target: "/" });
    expect(renew).not.toHaveBeenCalled();

    state.ms = (T0 + 40) * 1000;
    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token fresh" });
    expect(renew).toHaveBeenCalledTimes(1);

    await auth.headers({ method: "GET", target: "/" });
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it("shares one renewal between concurrent callers", async () => {
    const { now } = clock(T0);
    let release: (grant: { token: string; expiresAt: number }) => void = () => undefined;
    const renew = vi.fn(() => new Promise<{ token: string; expiresAt: number }>((resolve) => {
      release = resolve;
    }));
    const auth = createTokenAuth({ token: "old", expiresAt: T0, renew, now });

    const pending = Array.from({ length: 5 }, () => auth.headers({ method: "GET", target: "/" }));

    release({ token: "shared", expiresAt: T0 + 3600 });

    const results = await Promise.all(pending);

    expect(renew).toHaveBeenCalledTimes(1);
    expect(results.every((h) => h.Authorization === "TC-Token shared")).toBe(true);
  });

  it("retries renewal on the next call after a failed one", async () => {
    const { now } = clock(T0);
    const renew = vi.fn()
      .mockRejectedValueOnce(new Error("renewal refused"))
      .mockResolvedValueOnce({ token: "second", expiresAt: T0 + 3600 });
    const auth = createTokenAuth({ token: "old", expiresAt: T0, renew, now });

    await expect(auth.headers({ method: "GET", target: "/" })).rejects.toThrow("renewal refused");
    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token second" });
  });

  it("sends an expired token as is when there is no renew callback", async () => {
    const { now } = clock(T0);
    const auth = createTokenAuth({ token: "old", expiresAt: T0 - 10, now });

    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token old" });
  });

  it("stops renewing when the new grant has no expiry", async () => {
    const { state, now } = clock(T0);
    const renew = vi.fn(() => Promise.resolve({ token: "forever" }));
    const auth = createTokenAuth({ token: "old", expiresAt: T0, renew, now });

    await auth.headers({ method: "GET", target: "/" });
    state.ms += 10 ** 9;
    await expect(auth.headers({ method: "GET", target: "/" })).resolves.toEqual({ Authorization: "TC-Token forever" });
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it("rejects a renewed token that is empty, naming it, without echoing it", async () => {
    const { now } = clock(T0);
    const auth = createTokenAuth({ token: "old", expiresAt: T0, renew: () => Promise.resolve({ token: " " }), now });

    await expect(auth.headers({ method: "GET", target: "/" })).rejects.toThrow(/renewed token/);
  });

  it("rejects bad options with TypeErrors naming the field", () => {
    expect(() => createTokenAuth({ token: "t", expiresAt: -1 })).toThrow(/expiresAt/);
    expect(() => createTokenAuth({ token: "t", marginSeconds: 1.5 })).toThrow(/marginSeconds/);
    expect(() => createTokenAuth({ token: "t", renew: "x" as never })).toThrow(/renew must be a function/);
  });
});
