import { describe, expect, it } from "vitest";
import { fixArticles } from "../src/output/articles.js";
import { plural } from "../src/output/plural.js";

describe("fixArticles", () => {
  it("puts 'an' before vowel-led type names and leaves the rest alone", () => {
    expect(fixArticles('A ASN indicator needs "AS Number"')).toBe('An ASN indicator needs "AS Number"');
    expect(fixArticles("a Address value, A EmailAddress asset, a Incident")).toBe(
      "an Address value, An EmailAddress asset, an Incident",
    );
    expect(fixArticles("A URL, a User Agent, a Host, a batch ASN, An ASN")).toBe(
      "A URL, a User Agent, a Host, a batch ASN, An ASN",
    );
  });
});

describe("plural", () => {
  it("agrees with the count", () => {
    expect([0, 1, 2].map((count) => plural(count, "indicator"))).toEqual([
      "0 indicators",
      "1 indicator",
      "2 indicators",
    ]);
  });
});
