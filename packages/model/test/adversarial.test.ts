import { describe, expect, it } from "vitest";

import { INDICATOR_TYPES, normalizeIndicatorSummary, validateIndicatorSummary } from "../src/index.js";

// Inputs found by trying to break the validators as a new user would.
describe("adversarial indicator values", () => {
  // Shapes that make a backtracking regular expression retry every split of a
  // long run; a linear check finishes them at once, a quadratic one takes
  // seconds and trips the timeout.
  const HOSTILE = [
    `AS${" ".repeat(100_000)}x`,
    `AS${" ".repeat(50_000)}N${" ".repeat(50_000)}x`,
    `${"a.".repeat(50_000)}!`,
    `http://[${":".repeat(100_000)}`,
    `${" : ".repeat(33_000)}x`,
  ];

  it("validates and normalises 100 KB hostile strings for every type without backtracking", { timeout: 20_000 }, () => {
    for (const type of INDICATOR_TYPES) {
      for (const value of HOSTILE) {
        expect(typeof validateIndicatorSummary(type, value).ok).toBe("boolean");
        expect(typeof normalizeIndicatorSummary(type, value)).toBe("string");
      }
    }
  });

  it("still repairs the ASN spellings after the linear rewrite", () => {
    for (const value of ["asn1", "AS1", "AS 1", "ASN 1", "as n 1", "1", " AS\t1 "]) {
      expect(normalizeIndicatorSummary("ASN", value)).toBe("ASN1");
    }
    expect(normalizeIndicatorSummary("ASN", "ASNN1")).toBe("ASNN1");
  });

  it("quotes the whole host when a URL's IPv6 bracket is never closed", () => {
    const result = validateIndicatorSummary("URL", "http://[2001:db8::1/x");

    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ rule: "url-host", message: expect.stringContaining('the host "[2001:db8::1" is not a bracketed IPv6 address') as unknown })],
    });
  });

  it("ends the host at a backslash in http(s) URLs, as browsers do, so the real host is checked", () => {
    expect(validateIndicatorSummary("URL", "http://EXAMPLE.com\\@evil.com/")).toMatchObject({ ok: false, problems: [{ rule: "url-host-lowercase" }] });
    expect(normalizeIndicatorSummary("URL", "http://EXAMPLE.com\\@evil.com/")).toBe("http://example.com\\@evil.com/");
    expect(validateIndicatorSummary("URL", "http://example.com\\path")).toEqual({ ok: true, value: "http://example.com\\path" });
  });

  it("explains how to write an empty registry Value Name when the separators overlap", () => {
    const result = validateIndicatorSummary("Registry Key", "HKEY_LOCAL_MACHINE\\Run : : REG_SZ");

    expect(result).toMatchObject({ ok: false, problems: [{ rule: "summary-parts" }] });
    expect(result.ok ? "" : result.problems[0]?.message).toContain('a single space, e.g. "HKEY_LOCAL_MACHINE\\Run :   : REG_SZ"');
  });
});
