import { describe, expect, it } from "vitest";
import { plural } from "../src/output/plural.js";

describe("plural", () => {
  it("agrees with the count", () => {
    expect([0, 1, 2].map((count) => plural(count, "indicator"))).toEqual([
      "0 indicators",
      "1 indicator",
      "2 indicators",
    ]);
  });
});
