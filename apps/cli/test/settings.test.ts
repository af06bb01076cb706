import { describe, expect, it } from "vitest";
import { resolveSettings } from "../src/settings/resolve-settings.js";
import { redact } from "../src/errors/redact.js";

const CONFIG = {
  profiles: {
    default: { apiPath: "https://profile.example/api", accessId: "profile-id", owner: "Profile Org" },
    other: { apiPath: "https://other.example/api" },
  },
};

describe("resolveSettings", () => {
  it("takes flags first, then the environment, then the profile", () => {
    const settings = resolveSettings(
      { owner: "Flag Org" },
      { TC_API_ACCESS_ID: "env-id", TC_OWNER: "Env Org" },
      CONFIG,
      "/cfg",
    );

    expect(settings.values).toEqual({
      apiPath: "https://profile.example/api",
      accessId: "env-id",
      owner: "Flag Org",
    });
    expect(settings.sources).toEqual({ apiPath: "profile", accessId: "env", owner: "flag" });
  });

  it("treats empty environment values as unset", () => {
    const settings = resolveSettings({}, { TC_API_PATH: "" }, CONFIG, "/cfg");

    expect(settings.values.apiPath).toBe("https://profile.example/api");
  });

  it("uses --profile, and refuses a profile that does not exist", () => {
    expect(resolveSettings({ profile: "other" }, {}, CONFIG, "/cfg").values.apiPath).toBe(
      "https://other.example/api",
    );
    expect(() => resolveSettings({ profile: "missing" }, {}, CONFIG, "/cfg")).toThrow(
      /profile "missing" does not exist/,
    );
  });
});

describe("redact", () => {
  it("masks every occurrence of each secret", () => {
    expect(redact("key=s3cr3t-value and again s3cr3t-value", ["s3cr3t-value", undefined])).toBe(
      "key=*** and again ***",
    );
  });
});
