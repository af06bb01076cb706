import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import * as model from "../src/index.js";

const SRC = join(import.meta.dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("runs anywhere", () => {
  it("imports nothing but its own modules and uses no Node globals", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/from\s+"([^"]+)"/g)) {
        if (!(match[1] ?? "").startsWith(".")) offenders.push(`${file}: imports ${match[1] ?? ""}`);
      }
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      if (/\b(?:process|Buffer|require|__dirname)\b/.test(code)) offenders.push(`${file}: uses a Node global`);
    }
    expect(offenders).toEqual([]);
  });

  it("exports named values only", () => {
    expect("default" in model).toBe(false);
    expect(typeof model.validateIndicatorSummary).toBe("function");
  });
});

describe("indicatorLookupKey", () => {
  it.each([
    ["File", "422AD421127685E3EF4A44B546258107", "422ad421127685e3ef4a44b546258107"],
    ["Host", "Example.COM", "example.com"],
    ["Host", "österreich.icom.museum", "xn--sterreich-z7a.icom.museum"],
    ["ASN", "asn12", "ASN12"],
    ["CIDR", "ABC:DEF:10::/48", "abc:def:10:0:0:0:0:0/48"],
    ["URL", "http://EXAMPLE.com/Path", "http://example.com/Path"],
    ["EmailAddress", "Bad@Example.com", "bad@example.com"],
    ["Mutex", "Global\\ABC", "Global\\ABC"],
  ])("%s %j → %j", (type, value, key) => {
    expect(model.indicatorLookupKey(type, value)).toBe(key);
  });
});

describe("README example", () => {
  it("prints what the README says", () => {
    const asn = model.validateIndicatorSummary("ASN", "AS12345");
    expect(asn.ok ? "" : asn.problems[0]?.message).toBe(
      '"AS12345" is not a valid ASN: write "ASN" followed by digits with no space, e.g. "ASN12345"',
    );
    expect(model.normalizeIndicatorSummary("Host", "österreich.icom.museum")).toBe("xn--sterreich-z7a.icom.museum");
    expect(model.normalizeIndicatorSummary("Registry Key", "HKLM\\Software\\Run :   : REG_SZ")).toBe(
      "HKEY_LOCAL_MACHINE\\Software\\Run :   : REG_SZ",
    );
    expect(
      model.summaryToFields("File", "a52b6986d68cdfac53aa740566cbeade4452124e : 905ad8176a569a36421bf54c04ba7f95"),
    ).toEqual({ sha1: "a52b6986d68cdfac53aa740566cbeade4452124e", md5: "905ad8176a569a36421bf54c04ba7f95" });
    expect(model.findIndicatorType("cidrBlocks")?.valueFields).toEqual(["Block"]);
  });
});
