import { describe, expect, it } from "vitest";
import { normalizeIndicator, TcValidationError, validateIndicator } from "../src/index.js";

describe("validation helpers", () => {
  it("repairs what can be repaired, as the README shows", () => {
    expect(normalizeIndicator("Host", "österreich.example")).toBe("xn--sterreich-z7a.example");
    expect(normalizeIndicator("registryKeys", "HKLM\\Software : Run : REG_SZ")).toBe("HKEY_LOCAL_MACHINE\\Software : Run : REG_SZ");
    expect(normalizeIndicator("URL", "http://EXAMPLE.com/Path")).toBe("http://example.com/Path");
  });

  it("reports each broken rule with the value", () => {
    const result = validateIndicator("ASN", "AS 12345");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ rule: "asn-format", message: expect.stringContaining("AS 12345") as string });
    expect(validateIndicator("cidrBlocks", "abc:def:10::/48").ok).toBe(false);
    expect(validateIndicator("CIDR", "abc:def:10:0:0:0:0:0/48")).toEqual({ ok: true, value: "abc:def:10:0:0:0:0:0/48" });
  });

  it("is a TypeError carrying the problems", () => {
    const error = new TcValidationError([{ field: "rating", rule: "range", message: "rating 9 is out of range" }]);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("rating 9 is out of range");
    expect(error.name).toBe("TcValidationError");
  });
});
