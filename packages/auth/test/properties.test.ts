import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "./entries.js";

const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

const method = fc.oneof(
  fc.constantFrom("GET", "POST", "PUT", "DELETE"),
  fc.array(fc.constantFrom(...TOKEN_CHARS), { minLength: 1, maxLength: 8 }).map((chars) => chars.join("")),
);
const segment = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).map(encodeURIComponent);
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`);
const query = fc.option(
  fc.array(fc.tuple(segment, fc.string({ unit: "grapheme", maxLength: 10 }).map(encodeURIComponent)), { minLength: 1, maxLength: 4 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}`),
  { nil: "" },
);
const timestamp = fc.integer({ min: 400, max: 4_000_000_000 });
const secret = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== "");

const request = fc.record({ method, path, query, timestamp, secret });
type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

// One field changed to a different value; everything else kept.
const mutation = fc.oneof(
  fc.record({ field: fc.constant("method" as const), value: method }),
  fc.record({ field: fc.constant("path" as const), value: path }),
  fc.record({ field: fc.constant("query" as const), value: query }),
  fc.record({ field: fc.constant("timestamp" as const), value: timestamp }),
  fc.record({ field: fc.constant("secret" as const), value: secret }),
);

function differs(original: Request, field: keyof Request, value: string | number): boolean {
  return field === "method"
    ? String(value).toUpperCase() !== original.method.toUpperCase()
    : value !== original[field];
}

describe.each(ENTRIES)("signature properties, $name entry", ({ api }) => {
  it("changing any one of method, path, query, timestamp or secret changes the signature and fails verification", async () => {
    await fc.assert(
      fc.asyncProperty(request, mutation, async (original, change) => {
        fc.pre(differs(original, change.field, change.value));

        const changed = { ...original, [change.field]: change.value };
        const sign = (r: Request) => api.sign({
          accessId: "9", secretKey: r.secret, method: r.method, target: `${r.path}${r.query}`, timestamp: r.timestamp,
        });
        const [before, after] = await Promise.all([sign(original), sign(changed)]);

        expect(after.Authorization).not.toBe(before.Authorization);

        // The server sees the changed request (or holds the changed secret)
        // but receives the original signature.
        const result = await api.verifyRequest({
          method: changed.method,
          target: `${changed.path}${changed.query}`,
          authorization: before.Authorization,
          timestamp: String(changed.timestamp),
          lookupSecret: () => changed.secret,
          now: () => changed.timestamp * 1000,
        });

        expect(result).toEqual({ ok: false, reason: "signature-mismatch" });
      }),
      { numRuns: 150 },
    );
  });

  it("an unchanged request always verifies", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers = await api.sign({ accessId: "9", secretKey: r.secret, method: r.method, target: `${r.path}${r.query}`, timestamp: r.timestamp });
        const result = await api.verifyRequest({
          method: r.method, target: `${r.path}${r.query}`, authorization: headers.Authorization,
          timestamp: headers.Timestamp, lookupSecret: () => r.secret, now: () => r.timestamp * 1000,
        });

        expect(result).toEqual({ ok: true, scheme: "TC", accessId: "9" });
      }),
      { numRuns: 100 },
    );
  });

  it("the window holds up to ±300 s and fails from ±301 s", async () => {
    await fc.assert(
      fc.asyncProperty(
        timestamp,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 301, max: 1_000_000 }),
        fc.constantFrom(1, -1),
        fc.integer({ min: 0, max: 999 }),
        async (ts, inside, outside, sign, ms) => {
          const headers = await api.sign({ accessId: "9", secretKey: "window", method: "GET", target: "/api/v2/owners", timestamp: ts });
          const verifyAt = (skew: number) => api.verifyRequest({
            method: "GET", target: "/api/v2/owners", authorization: headers.Authorization, timestamp: headers.Timestamp,
            lookupSecret: () => "window", now: () => (ts + skew) * 1000 + ms,
          });

          expect(await verifyAt(sign * inside)).toMatchObject({ ok: true });
          expect(await verifyAt(sign * outside)).toEqual({ ok: false, reason: "timestamp-out-of-range" });
        },
      ),
      { numRuns: 150 },
    );
  });
});
