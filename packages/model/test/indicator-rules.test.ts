import { describe, expect, it } from "vitest";

import {
  isValidIndicatorSummary,
  normalizeIndicatorSummary,
  normalizeIndicatorValues,
  validateIndicatorSummary,
  validateIndicatorValues,
} from "../src/index.js";

const MD5 = "905ad8176a569a36421bf54c04ba7f95";
const SHA1 = "a52b6986d68cdfac53aa740566cbeade4452124e";
const SHA256 = "25bdabd23e349f5e5ea7890795b06d15d842bde1d43135c361e755f748ca05d0";

/** [type, summary] pairs the API accepts (reference §13 and the fixtures). */
const ACCEPTED: readonly (readonly [string, string])[] = [
  ["ASN", "ASN12345"],
  ["ASN", "ASN0"],
  ["CIDR", "abc:def:10:0:0:0:0:0/48"],
  ["CIDR", "2001:db8:0:0:0:0:0:0/32"],
  ["CIDR", "192.168.0.0/24"],
  ["CIDR", "192.168.0.1/24"],
  ["CIDR", "0.0.0.0/0"],
  ["CIDR", "10.0.0.0/32"],
  ["CIDR", "0:0:0:0:0:0:0:0/128"],
  ["Host", "xn--sterreich-z7a.icom.museum"],
  ["Host", "example.com"],
  ["Host", "super-malicious.ru"],
  ["Host", "www.google.com"],
  ["Host", "my_host.example.com"],
  ["Host", "EXAMPLE.com"],
  ["Host", `${"a".repeat(63)}.com`],
  ["Host", `${"abcdefghi.".repeat(25)}com`],
  ["URL", "http://example.com"],
  ["URL", "http://example.com/"],
  ["URL", "http://example.com/bad.php"],
  ["URL", "http://example.com/Login.PHP?User=A#Frag"],
  ["URL", "https://user:pw@example.com:8443/x"],
  ["URL", "http://192.168.0.1/x"],
  ["URL", "http://[2001:db8::1]:8080/"],
  ["URL", "http://xn--sterreich-z7a.icom.museum/"],
  ["URL", "ftp://files.example.org/pub"],
  ["Registry Key", "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd} :   : REG_NONE"],
  ["Registry Key", "HKEY_CURRENT_USER_LOCAL_SETTINGS\\x : Example Value : REG_SZ"],
  ["Registry Key", "HKEY_USERS : v : REG_DWORD"],
  ["Registry Key", "HKEY_CLASSES_ROOT\\x : a : b : REG_QWORD"],
  ["File", MD5],
  ["File", SHA1],
  ["File", SHA256],
  ["File", `${MD5} : ${SHA1} : ${SHA256}`],
  ["File", `${SHA256} : ${MD5}`],
  ["File", "422AD421127685E3EF4A44B546258107"],
  ["Address", "192.168.0.1"],
  ["Address", "0.0.0.0"],
  ["Address", "255.255.255.255"],
  ["Address", "2001:db8::1"],
  ["Address", "::"],
  ["Address", "::1"],
  ["Address", "::ffff:192.168.0.1"],
  ["Address", "2001:0DB8:0000:0000:0000:0000:0000:0001"],
  ["Address", "fe80::"],
  ["EmailAddress", "badguy@example.com"],
  ["EmailAddress", "bad@example.com"],
  ["EmailAddress", "first.last+tag@sub.example.co.uk"],
  ["Mutex", "8F6F00C4-B901-45fd-08CF-72FDEFF"],
  ["Mutex", "Global\\ a b "],
  ["User Agent", "Mozilla/5.0 (Windows NT 10.0)"],
];

/** [type, summary, rule] triples the API rejects. */
const REJECTED: readonly (readonly [string, string, string])[] = [
  ["ASN", "12345", "asn-format"],
  ["ASN", "AS12345", "asn-format"],
  ["ASN", "AS 12345", "asn-format"],
  ["ASN", "ASN 12345", "asn-format"],
  ["ASN", "asn12345", "asn-format"],
  ["ASN", "ASN", "asn-format"],
  ["ASN", "ASN12a", "asn-format"],
  ["CIDR", "abc:def:10::/48", "cidr-ipv6-form"],
  ["CIDR", "0abc:def:10:0:0:0:0:0/48", "cidr-ipv6-form"],
  ["CIDR", "abc:0def:10:0:0:0:0:0/48", "cidr-ipv6-form"],
  ["CIDR", "abc:def:0010:0:0:0:0:0/48", "cidr-ipv6-form"],
  ["CIDR", "abc:def:10:0000:0:0:0:0/48", "cidr-ipv6-form"],
  ["CIDR", "::ffff:1.2.3.4/96", "cidr-ipv6-form"],
  ["CIDR", "abc:def:10:0:0:0:0/48", "cidr-ipv6-form"],
  ["CIDR", "abc:def:10:0:0:0:0:0/129", "cidr-prefix"],
  ["CIDR", "192.168.0.0", "cidr-prefix"],
  ["CIDR", "192.168.0.0/33", "cidr-prefix"],
  ["CIDR", "192.168.0.0/", "cidr-prefix"],
  ["CIDR", "192.168.0.0/024", "cidr-prefix"],
  ["CIDR", "192.168.0.256/24", "ipv4"],
  ["CIDR", "192.168.00.0/24", "ipv4"],
  ["Host", "österreich.icom.museum", "host-punycode"],
  ["Host", "", "required"],
  ["Host", "example.com.", "host-trailing-dot"],
  ["Host", "example..com", "host-empty-label"],
  ["Host", ".example.com", "host-empty-label"],
  ["Host", "-bad.example.com", "host-label-hyphen"],
  ["Host", "bad-.example.com", "host-label-hyphen"],
  ["Host", `${"a".repeat(64)}.com`, "host-label-too-long"],
  ["Host", `${"abcdefghi.".repeat(26)}com`, "host-too-long"],
  ["Host", `${"abcdefghi.".repeat(25)}co.uk`, "host-too-long"],
  ["Host", "exa mple.com", "host-bad-character"],
  ["Host", "http://example.com", "host-bad-character"],
  ["Host", "example.com:80", "host-bad-character"],
  ["Host", " example.com", "host-bad-character"],
  ["Host", "1.2.3.4", "host-numeric-tld"],
  ["URL", "http://EXAMPLE.com", "url-host-lowercase"],
  ["URL", "http://Example.com/path", "url-host-lowercase"],
  ["URL", "http://[2001:DB8::1]/", "url-host-lowercase"],
  ["URL", "http://österreich.icom.museum/", "url-host-punycode"],
  ["URL", "example.com/bad.php", "url-scheme"],
  ["URL", "//example.com/", "url-scheme"],
  ["URL", "http:/example.com", "url-scheme"],
  ["URL", "http://", "url-host"],
  ["URL", "http:///path", "url-host"],
  ["URL", "http://exa mple.com/", "url-whitespace"],
  ["URL", "http://example.com/a b", "url-whitespace"],
  ["URL", "http://example.com:99999/", "url-port"],
  ["URL", "http://[zz::1]/", "url-host"],
  ["URL", "http://ex_ample..com/", "url-host"],
  ["Registry Key", "HKLM\\Software :   : REG_SZ", "registry-root"],
  ["Registry Key", "HKCU\\Software :   : REG_SZ", "registry-root"],
  ["Registry Key", "HKEY_LOCAL_MACHINEX\\Software :   : REG_SZ", "registry-root"],
  ["Registry Key", "Software\\Microsoft :   : REG_SZ", "registry-root"],
  ["Registry Key", "HKEY_LOCAL_MACHINE\\Software :  : REG_SZ", "required"],
  ["Registry Key", "HKEY_LOCAL_MACHINE\\Software :   : REG_TEXT", "registry-value-type"],
  ["Registry Key", "HKEY_LOCAL_MACHINE\\Software :   : reg_sz", "registry-value-type"],
  ["Registry Key", "HKEY_LOCAL_MACHINE\\Software", "summary-parts"],
  ["File", "", "file-hash"],
  ["File", "abc", "file-hash"],
  ["File", MD5.slice(1), "file-hash"],
  ["File", `${MD5.slice(1)}g`, "file-hash"],
  ["File", `${MD5} : ${MD5}`, "file-hash-duplicate"],
  ["File", `${MD5}:${SHA1}`, "file-hash"],
  ["File", `${MD5} : ${SHA1} : ${SHA256} : ${MD5}`, "file-summary"],
  ["Address", "010.0.0.1", "ipv4"],
  ["Address", "10.0.0.01", "ipv4"],
  ["Address", "256.0.0.1", "ipv4"],
  ["Address", "1.2.3", "ipv4"],
  ["Address", "1.2.3.4.5", "ipv4"],
  ["Address", "1.2.3.4/32", "ipv4"],
  ["Address", "", "ipv4"],
  ["Address", "example.com", "ipv4"],
  ["Address", "1:2:3:4:5:6:7:8:9", "ipv6"],
  ["Address", "1::2::3", "ipv6"],
  ["Address", "12345::1", "ipv6"],
  ["Address", "fe80::1%eth0", "ipv6"],
  ["Address", ":1:2:3:4:5:6:7", "ipv6"],
  ["Address", " 1.2.3.4", "whitespace"],
  ["EmailAddress", "badguy", "email-format"],
  ["EmailAddress", "@example.com", "email-format"],
  ["EmailAddress", "bad@", "email-format"],
  ["EmailAddress", "bad guy@example.com", "email-format"],
  ["EmailAddress", "bad..guy@example.com", "email-format"],
  ["EmailAddress", "bad@localhost", "email-format"],
  ["EmailAddress", "bad@exa mple.com", "email-format"],
  ["EmailAddress", "bad@bücher.de", "email-punycode"],
  ["EmailAddress", "", "required"],
  ["Mutex", "", "required"],
  ["Mutex", "   ", "required"],
  ["User Agent", "", "required"],
];

/** [type, input, normalised] for every repair normalisation promises. */
const REPAIRED: readonly (readonly [string, string, string])[] = [
  ["Host", "österreich.icom.museum", "xn--sterreich-z7a.icom.museum"],
  ["Host", "ÖSTERREICH.icom.museum", "xn--sterreich-z7a.icom.museum"],
  ["Host", " example.com. ", "example.com"],
  ["Host", "example.com.\u00a0.", "example.com"],
  ["Host", "ö.com\u3002", "xn--nda.com"],
  ["URL", "http://EXAMPLE.com", "http://example.com"],
  ["URL", "HTTP://User@EXAMPLE.com:8080/Path?Q=A", "HTTP://User@example.com:8080/Path?Q=A"],
  ["URL", "http://österreich.icom.museum/Ä?x", "http://xn--sterreich-z7a.icom.museum/Ä?x"],
  ["URL", "http://[2001:DB8::1]/", "http://[2001:db8::1]/"],
  ["Registry Key", "HKLM\\Software :   : REG_SZ", "HKEY_LOCAL_MACHINE\\Software :   : REG_SZ"],
  ["Registry Key", "HKCU\\x :   : REG_SZ", "HKEY_CURRENT_USER\\x :   : REG_SZ"],
  ["Registry Key", "HKCR\\x :   : REG_SZ", "HKEY_CLASSES_ROOT\\x :   : REG_SZ"],
  ["Registry Key", "HKU\\x :   : REG_SZ", "HKEY_USERS\\x :   : REG_SZ"],
  ["Registry Key", "HKCC\\x :   : REG_SZ", "HKEY_CURRENT_CONFIG\\x :   : REG_SZ"],
  ["Registry Key", "hklm:\\x :   : REG_SZ", "HKEY_LOCAL_MACHINE\\x :   : REG_SZ"],
  ["Registry Key", "hkey_users\\x :   : REG_SZ", "HKEY_USERS\\x :   : REG_SZ"],
  ["Registry Key", "HKEY_USERS\\x :  : reg_sz", "HKEY_USERS\\x :   : REG_SZ"],
  ["CIDR", "abc:def:10::/48", "abc:def:10:0:0:0:0:0/48"],
  ["CIDR", "0abc:0def:0010:0000:0:0:0:0/48", "abc:def:10:0:0:0:0:0/48"],
  ["CIDR", "ABC:DEF:10:0:0:0:0:0/48", "abc:def:10:0:0:0:0:0/48"],
  ["CIDR", "::ffff:1.2.3.4/96", "0:0:0:0:0:ffff:102:304/96"],
  ["CIDR", " 10.0.0.0/8 ", "10.0.0.0/8"],
  ["ASN", "asn12345", "ASN12345"],
  ["ASN", "AS12345", "ASN12345"],
  ["ASN", "AS 12345", "ASN12345"],
  ["ASN", "ASN 12345", "ASN12345"],
  ["ASN", "12345", "ASN12345"],
  ["File", `${SHA256} : ${MD5}`, `${MD5} : ${SHA256}`],
  ["File", `${SHA1}:${MD5}`, `${MD5} : ${SHA1}`],
  ["File", ` ${MD5} `, MD5],
  ["EmailAddress", "bad@bücher.de", "bad@xn--bcher-kva.de"],
  ["Address", " 1.2.3.4 ", "1.2.3.4"],
];

/** [type, input] values normalisation must leave untouched. */
const KEPT: readonly (readonly [string, string])[] = [
  ["Mutex", " Global\\Mutex "],
  ["User Agent", "Mozilla/5.0 "],
  ["File", "422AD421127685E3EF4A44B546258107"],
  ["Host", "EXAMPLE.com"],
  ["URL", "http://example.com/Path%20X"],
  ["Address", "010.0.0.1"],
];

describe("validateIndicatorSummary", () => {
  it.each(ACCEPTED)("accepts %s %j", (type, summary) => {
    const result = validateIndicatorSummary(type, summary);
    expect(result).toEqual({ ok: true, value: summary });
    expect(isValidIndicatorSummary(type, summary)).toBe(true);
  });

  it.each(REJECTED)("rejects %s %j by rule %s", (type, summary, rule) => {
    const result = validateIndicatorSummary(type, summary);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.rule)).toContain(rule);
    expect(isValidIndicatorSummary(type, summary)).toBe(false);
  });

  it("rejects an unknown type with the list of known types", () => {
    const result = validateIndicatorSummary("Hashtag", "#x");
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ field: "type", rule: "unknown-type" })],
    });
    expect(JSON.stringify(result)).toContain("Registry Key");
  });
});

describe("problem messages", () => {
  it("names the value, the rule and the fix for an ASN", () => {
    const result = validateIndicatorSummary("ASN", "AS12345");
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: "summary",
        rule: "asn-format",
        message: '"AS12345" is not a valid ASN: write "ASN" followed by digits with no space, e.g. "ASN12345"',
      },
    ]);
  });

  it.each(REPAIRED.filter(([type, input]) => !isValidIndicatorSummary(type, input)))(
    "shows the repaired %s value for %j",
    (type, input, repaired) => {
      const result = validateIndicatorSummary(type, input);
      const messages = result.ok ? "" : result.problems.map((p) => p.message).join("\n");
      const quoted = `"${repaired.replaceAll('"', '\\"')}"`;
      const part = type === "Registry Key" ? `"${repaired.split(" : ")[0] ?? ""}"` : quoted;
      expect(messages.includes(quoted) || messages.includes(part)).toBe(true);
    },
  );

  it("keeps registry backslashes single and escapes control characters", () => {
    const result = validateIndicatorSummary("Registry Key", "HKLM\\Soft\nware :   : REG_SZ");
    const message = result.ok ? "" : (result.problems[0]?.message ?? "");
    expect(message).toContain('"HKLM\\Soft\\nware"');
    expect(message).not.toContain("\n");
  });

  it("cuts very long values", () => {
    const result = validateIndicatorSummary("Host", `${"a".repeat(500)} b`);
    const message = result.ok ? "" : (result.problems[0]?.message ?? "");
    expect(message.length).toBeLessThan(400);
    expect(message).toContain("…");
  });
});

describe("normalizeIndicatorSummary", () => {
  it.each(REPAIRED)("repairs %s %j to %j", (type, input, repaired) => {
    expect(normalizeIndicatorSummary(type, input)).toBe(repaired);
    expect(isValidIndicatorSummary(type, repaired)).toBe(true);
  });

  it.each(KEPT)("leaves %s %j unchanged", (type, input) => {
    expect(normalizeIndicatorSummary(type, input)).toBe(input);
  });

  it("returns unknown types unchanged", () => {
    expect(normalizeIndicatorSummary("Hashtag", " #X ")).toBe(" #X ");
  });
});

describe("validateIndicatorValues", () => {
  it("accepts the body of every create example in the fixtures", () => {
    expect(validateIndicatorValues("Address", { ip: "192.168.0.1", rating: 5 }).ok).toBe(true);
    expect(validateIndicatorValues("emailAddresses", { address: "badguy@example.com" }).ok).toBe(true);
    expect(validateIndicatorValues("hosts", { hostName: "example.com", dnsActive: "false" }).ok).toBe(true);
    expect(validateIndicatorValues("urls", { text: "http://example.com/bad.php" }).ok).toBe(true);
    expect(
      validateIndicatorValues("files", {
        md5: "A".repeat(32),
        sha1: "A".repeat(40),
        sha256: "A".repeat(64),
        size: 5366,
      }),
    ).toEqual({ ok: true, value: { md5: "A".repeat(32), sha1: "A".repeat(40), sha256: "A".repeat(64) } });
    expect(
      validateIndicatorValues("registryKeys", {
        "Key Name": "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}",
        "Value Name": " ",
        "Value Type": "REG_NONE",
      }).ok,
    ).toBe(true);
  });

  it("accepts any one hash of a File", () => {
    expect(validateIndicatorValues("File", { sha256: SHA256 })).toEqual({ ok: true, value: { sha256: SHA256 } });
    expect(validateIndicatorValues("File", { md5: "", sha1: SHA1 })).toEqual({ ok: true, value: { sha1: SHA1 } });
  });

  it("needs at least one File hash", () => {
    const result = validateIndicatorValues("File", { size: 3 });
    expect(result.ok ? [] : result.problems).toEqual([expect.objectContaining({ field: "md5", rule: "required" })]);
  });

  it("checks each hash against its own length", () => {
    const result = validateIndicatorValues("File", { md5: SHA1, sha256: MD5 });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.rule])).toEqual([
      ["md5", "file-hash"],
      ["sha256", "file-hash"],
    ]);
  });

  it("reports every missing or wrong registry field at once", () => {
    const result = validateIndicatorValues("Registry Key", { "Key Name": "HKLM\\x", "Value Type": 3 });
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.rule])).toEqual([
      ["Key Name", "registry-root"],
      ["Value Name", "required"],
      ["Value Type", "type"],
    ]);
  });

  it("requires the value field and a string", () => {
    const missing = validateIndicatorValues("Host", { ip: "1.2.3.4" });
    expect(missing.ok ? [] : missing.problems).toEqual([expect.objectContaining({ field: "hostName", rule: "required" })]);
    const wrong = validateIndicatorValues("Address", { ip: 16909060 });
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      { field: "ip", rule: "type", message: '"ip" must be a string, not 16909060' },
    ]);
  });

  it("uses the body key as the problem field", () => {
    const result = validateIndicatorValues("ASN", { "AS Number": "AS1" });
    expect(result.ok ? [] : result.problems[0]?.field).toBe("AS Number");
  });
});

describe("normalizeIndicatorValues", () => {
  it("repairs the value fields of a body and keeps everything else", () => {
    const body = { "Key Name": "HKLM\\Run", "Value Name": "", "Value Type": "reg_sz", rating: 3 };
    const fixed = normalizeIndicatorValues("Registry Key", body);
    expect(fixed).toEqual({ "Key Name": "HKEY_LOCAL_MACHINE\\Run", "Value Name": " ", "Value Type": "REG_SZ", rating: 3 });
    expect(body["Key Name"]).toBe("HKLM\\Run");
    expect(validateIndicatorValues("Registry Key", fixed).ok).toBe(true);
  });

  it("leaves non-string values for validation to report", () => {
    expect(normalizeIndicatorValues("Host", { hostName: 5, dnsActive: "true" })).toEqual({ hostName: 5, dnsActive: "true" });
    expect(normalizeIndicatorValues("hosts", { hostName: "bücher.de." })).toEqual({ hostName: "xn--bcher-kva.de" });
  });
});
