import { describe, expect, it } from "vitest";
import { validateGroupFields, validateIndicatorValues, withArticle } from "../src/index.js";

describe("withArticle", () => {
  it("puts 'an' before vowel-led type names and 'a' before the rest, U-led ones included", () => {
    expect(["ASN", "Address", "EmailAddress", "Incident", "Event", "Host", "URL", "User Agent"].map(withArticle)).toEqual([
      "an ASN", "an Address", "an EmailAddress", "an Incident", "an Event", "a Host", "a URL", "a User Agent",
    ]);
  });

  it("gives messages the right article", () => {
    const asn = validateIndicatorValues("ASN", {});
    expect(asn.ok ? "" : asn.problems[0]?.message).toMatch(/^An ASN indicator needs/);

    const host = validateIndicatorValues("Host", {});
    expect(host.ok ? "" : host.problems[0]?.message).toMatch(/^A Host indicator needs/);

    const incident = validateGroupFields("Incident", { name: "x" }, "create");
    expect(incident.ok ? "" : incident.problems[0]?.message).toMatch(/^An Incident needs "eventDate"/);
  });
});
