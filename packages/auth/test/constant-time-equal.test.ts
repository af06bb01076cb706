import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "../src/constant-time-equal.js";
import { timingSafeEqualNode } from "../src/timing-safe-equal-node.js";

describe.each([
  { name: "constantTimeEqual (web)", equal: constantTimeEqual },
  { name: "timingSafeEqualNode", equal: timingSafeEqualNode },
])("$name", ({ equal }) => {
  const SIGNATURE = "KNuJ9o6rqv/d7LS4KGVJe6z3gEOHDaLlPPkfinmzy/M=";

  // Titles name the case, not the values, so no signature reaches the report.
  it.each([
    ["identical signatures", SIGNATURE, SIGNATURE, true],
    ["last character differs", SIGNATURE, `${SIGNATURE.slice(0, -2)}N=`, false],
    ["first character differs", SIGNATURE, `L${SIGNATURE.slice(1)}`, false],
    ["actual is a repeat of expected", "abc", "abcabc", false],
    ["expected is a repeat of actual", "abcabc", "abc", false],
    ["actual empty", "abc", "", false],
    ["expected empty", "", "abc", false],
    ["both empty", "", "", true],
    ["composed vs decomposed accent", "é", "e\u0301", false],
  ])("%s", (_label, a, b, expected) => {
    expect(equal(a, b)).toBe(expected);
  });

  it("agrees with === on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
      expect(equal(a, b)).toBe(a === b);
      expect(equal(a, a)).toBe(true);
    }));
  });
});
