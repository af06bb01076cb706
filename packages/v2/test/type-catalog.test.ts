import { GROUP_TYPES, INDICATOR_TYPES } from "@tcapi/model";
import { describe, expect, it } from "vitest";
import { GROUP_BRANCHES, INDICATOR_BRANCHES } from "../src/index.js";

// The client keeps its own literal copy of branches and keys so that the type maps can be
// computed at compile time; the model's registry is the runtime source. They must not drift.
describe("type catalog", () => {
  it("names the same branch and key for every indicator type as the model", () => {
    const fromModel = Object.fromEntries(
      INDICATOR_TYPES.map((type) => [type.name, { branch: type.apiBranch, entity: type.apiEntity }]),
    );
    expect(INDICATOR_BRANCHES).toEqual(fromModel);
  });

  it("names the same branch and key for every group type as the model", () => {
    const fromModel = Object.fromEntries(
      GROUP_TYPES.map((type) => [type.name, { branch: type.apiBranch, entity: type.apiEntity }]),
    );
    expect(GROUP_BRANCHES).toEqual(fromModel);
  });
});
