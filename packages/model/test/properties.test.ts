import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  INDICATOR_TYPES,
  REGISTRY_KEY_ROOTS,
  REGISTRY_VALUE_TYPES,
  indicatorSummary,
  isIPv4,
  isIPv6,
  isValidIndicatorSummary,
  normalizeIndicatorSummary,
  summaryToFields,
  validateIndicatorSummary,
  validateIndicatorValues,
} from "../src/index.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

const hex = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from("0123456789abcdefABCDEF")), minLength: min, maxLength: max });
const hash = (length: number) => hex(length, length);
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const host = fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), tld).map(([labels, top]) => [...labels, top].join("."));
const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join("."));
const group16 = fc.integer({ min: 0, max: 0xffff });
const ipv6Groups = fc.array(group16, { minLength: 8, maxLength: 8 });

/** Any RFC 4291 text form of eight groups: padded or not, either case, with or without `::`. */
const ipv6Text = fc
  .tuple(ipv6Groups, fc.boolean(), fc.boolean(), fc.nat(7), fc.nat(8))
  .map(([groups, pad, upper, start, length]) => {
    const parts = groups.map((g) => {
      const s = g.toString(16);
      return pad ? s.padStart(4, "0") : s;
    });
    const end = Math.min(8, start + length);
    const text =
      end - start >= 2
        ? `${parts.slice(0, start).join(":")}::${parts.slice(end).join(":")}`
        : parts.join(":");
    return upper ? text.toUpperCase() : text;
  });

/** Summaries that are valid or that normalisation promises to repair, per type. */
const fixable: Record<string, fc.Arbitrary<string>> = {
  Address: fc.oneof(ipv4, ipv6Text),
  Host: fc.oneof(
    host,
    host.map((h) => `${h}.`),
    host.map((h) => `${h.slice(0, 1)}ö${h.slice(1)}`).filter((h) => !h.startsWith("-")),
  ),
  URL: fc
    .tuple(fc.constantFrom("http", "https", "ftp"), host, fc.boolean(), fc.stringMatching(/^(?:\/[A-Za-z0-9._~%-]*)*$/))
    .map(([scheme, h, upper, path]) => `${scheme}://${upper ? h.toUpperCase() : h}${path}`),
  ASN: fc
    .tuple(fc.constantFrom("ASN", "asn", "AS", "AS ", "ASN ", ""), fc.stringMatching(/^\d{1,10}$/))
    .map(([prefix, digits]) => prefix + digits),
  CIDR: fc.oneof(
    fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([a, p]) => `${a}/${String(p)}`),
    fc.tuple(ipv6Text, fc.integer({ min: 0, max: 128 })).map(([a, p]) => `${a}/${String(p)}`),
  ),
  File: fc
    .subarray([hash(32), hash(40), hash(64)], { minLength: 1 })
    .chain((arbs) => fc.tuple(...arbs))
    .chain((hashes) => fc.shuffledSubarray(hashes, { minLength: hashes.length, maxLength: hashes.length }))
    .map((hashes) => hashes.join(" : ")),
  EmailAddress: fc.tuple(fc.stringMatching(/^[a-z0-9]+(?:\.[a-z0-9]+)?$/), host).map(([local, h]) => `${local}@${h}`),
  Mutex: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
  "User Agent": fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
  "Registry Key": fc
    .tuple(
      fc.constantFrom(...REGISTRY_KEY_ROOTS, "HKLM", "HKCU", "hkcr", "HKU", "HKCC"),
      fc.stringMatching(/^(?:\\[A-Za-z0-9 {}_-]{1,12}){0,3}$/),
      fc.oneof(fc.constant(""), fc.constant(" "), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}$/)),
      fc.constantFrom(...REGISTRY_VALUE_TYPES, "reg_sz", "Reg_Dword"),
    )
    .map(([root, path, valueName, valueType]) => `${root}${path} : ${valueName} : ${valueType}`),
};

describe("normalizeIndicatorSummary properties", () => {
  for (const type of INDICATOR_TYPES) {
    const arbitrary = fixable[type.name];
    if (arbitrary === undefined) throw new Error(`no arbitrary for ${type.name}`);

    it(`${type.name}: whatever it returns for a fixable input validates`, () => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const fixed = normalizeIndicatorSummary(type, input);
          const result = validateIndicatorSummary(type, fixed);
          expect(result, `${JSON.stringify(input)} → ${JSON.stringify(fixed)}`).toEqual({ ok: true, value: fixed });
        }),
        RUNS,
      );
    });

    it(`${type.name}: is idempotent on any input`, () => {
      fc.assert(
        fc.property(fc.oneof(arbitrary, fc.string(), fc.string({ unit: "grapheme" })), (input) => {
          const once = normalizeIndicatorSummary(type, input);
          expect(normalizeIndicatorSummary(type, once)).toBe(once);
        }),
        RUNS,
      );
    });

    it(`${type.name}: leaves valid summaries valid`, () => {
      fc.assert(
        fc.property(fc.oneof(arbitrary, fc.string()), (input) => {
          if (!isValidIndicatorSummary(type, input)) return;
          expect(isValidIndicatorSummary(type, normalizeIndicatorSummary(type, input))).toBe(true);
        }),
        RUNS,
      );
    });

    it(`${type.name}: summary ↔ fields round trip`, () => {
      fc.assert(
        fc.property(arbitrary, (input) => {
          const summary = normalizeIndicatorSummary(type, input);
          const fields = summaryToFields(type, summary);
          expect(validateIndicatorValues(type, fields).ok).toBe(true);
          expect(indicatorSummary(type, fields)).toBe(summary);
          expect(summaryToFields(type, indicatorSummary(type, fields))).toEqual(fields);
        }),
        RUNS,
      );
    });
  }
});

describe("validators never throw", () => {
  it("on arbitrary strings for every type", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATOR_TYPES), fc.string({ unit: "binary" }), (type, input) => {
        const result = validateIndicatorSummary(type, input);
        expect(result.ok || result.problems.length > 0).toBe(true);
        if (!result.ok) for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("address parsers agree with the WHATWG URL parser", () => {
  it("accept every IPv4 dotted quad without leading zeros", () => {
    fc.assert(fc.property(ipv4, (a) => isIPv4(a) && new URL(`http://${a}/`).hostname === a), RUNS);
  });

  it("accept every IPv6 text form the URL parser accepts", () => {
    fc.assert(
      fc.property(ipv6Text, (a) => {
        expect(() => new URL(`http://[${a}]/`)).not.toThrow();
        expect(isIPv6(a)).toBe(true);
      }),
      RUNS,
    );
  });

  it("reject what the URL parser rejects as an IPv6 literal", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from("0123456789abcdef:.")), maxLength: 45 }), (a) => {
        let urlAccepts: boolean;
        try {
          new URL(`http://[${a}]/`);
          urlAccepts = true;
        } catch {
          urlAccepts = false;
        }
        if (!urlAccepts) expect(isIPv6(a)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
