import { describe, expect, it } from "vitest";

import {
  CUSTOM_METRIC_DATA_TYPES,
  validateConfidence,
  validateCustomMetricConfig,
  validateCustomMetricDescription,
  validateCustomMetricName,
  validateEnum,
  validateGroupFields,
  validateGroupName,
  validateNotification,
  validateRating,
  validateTagName,
} from "../src/index.js";
import type { Validated } from "../src/index.js";
import { jsonFixtures } from "./fixtures.js";

function rules<T>(result: Validated<T>): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.rule}`);
}

describe("validateRating", () => {
  it.each([0, 1, 3, 4.0, 4.5, 5, "3", "4.00"])("accepts %j", (value) => {
    expect(validateRating(value)).toEqual({ ok: true, value: Number(value) });
  });

  it.each([-1, 5.01, 6, Number.NaN, Number.POSITIVE_INFINITY, "high", "", null, undefined, true, [3]])("rejects %j", (value) => {
    const result = validateRating(value);
    expect(rules(result)).toEqual(["rating:range"]);
    expect(result.ok ? "" : result.problems[0]?.message).toMatch(/from 0 to 5/);
  });

  it("accepts every rating in the fixtures", () => {
    const ratings: unknown[] = [];
    for (const { body } of jsonFixtures()) {
      JSON.stringify(body, (key, value: unknown) => {
        if (key === "rating") ratings.push(value);
        return value;
      });
    }
    expect(ratings.length).toBeGreaterThan(10);
    expect(ratings.filter((r) => !validateRating(r).ok)).toEqual([]);
  });
});

describe("validateConfidence", () => {
  it.each([0, 55, 85.0, 100, "60"])("accepts %j", (value) => {
    expect(validateConfidence(value).ok).toBe(true);
  });

  it.each([-1, 101, 55.5, "55.5", "x", null])("rejects %j", (value) => {
    expect(rules(validateConfidence(value))).toEqual(["confidence:range"]);
  });
});

describe("text limits", () => {
  it("tags: 1–128 characters, counted in code points", () => {
    expect(validateTagName("Nation State").ok).toBe(true);
    expect(validateTagName("t".repeat(128)).ok).toBe(true);
    expect(validateTagName("😀".repeat(128)).ok).toBe(true);
    expect(rules(validateTagName("t".repeat(129)))).toEqual(["name:max-length"]);
    expect(rules(validateTagName(""))).toEqual(["name:required"]);
    expect(rules(validateTagName("   "))).toEqual(["name:required"]);
    expect(rules(validateTagName(7))).toEqual(["name:type"]);
  });

  it("tag messages say the length and the limit", () => {
    const result = validateTagName("t".repeat(130));
    expect(result.ok ? "" : result.problems[0]?.message).toContain("130 characters long: shorten it to at most 128");
  });

  it("group names: 1–100 characters", () => {
    expect(validateGroupName("g".repeat(100)).ok).toBe(true);
    expect(rules(validateGroupName("g".repeat(101)))).toEqual(["name:max-length"]);
    expect(rules(validateGroupName(""))).toEqual(["name:required"]);
  });

  it("custom metrics: name 1–45, description 1–500", () => {
    expect(validateCustomMetricName("m".repeat(45)).ok).toBe(true);
    expect(rules(validateCustomMetricName("m".repeat(46)))).toEqual(["name:max-length"]);
    expect(validateCustomMetricDescription("d".repeat(500)).ok).toBe(true);
    expect(rules(validateCustomMetricDescription("d".repeat(501)))).toEqual(["description:max-length"]);
    expect(rules(validateCustomMetricDescription(""))).toEqual(["description:required"]);
  });
});

describe("validateCustomMetricConfig", () => {
  it("accepts the fixture body", () => {
    const body = { name: "dailyOccurrenceCount", description: "A daily count of occurrences", dataType: "Sum", interval: "Daily", keyedValues: false };
    expect(validateCustomMetricConfig(body)).toEqual({ ok: true, value: body });
  });

  it("reports every problem", () => {
    const result = validateCustomMetricConfig({ name: "", dataType: "Median", interval: "Hourly", keyedValues: "yes" });
    expect(rules(result)).toEqual(["name:required", "dataType:enum", "keyedValues:type"]);
    expect(result.ok ? "" : result.problems[1]?.message).toContain(CUSTOM_METRIC_DATA_TYPES.join(", "));
  });
});

describe("validateNotification", () => {
  const base = { message: "Test message", notificationType: "API", priority: "High", recipients: "jsmith" };

  it("accepts the fixture body (priority in any case)", () => {
    expect(validateNotification({ ...base, isOrganization: false }).ok).toBe(true);
  });

  it("allows ownerId or isOrganization in place of recipients", () => {
    expect(validateNotification({ ...base, recipients: undefined, ownerId: 3 }).ok).toBe(true);
    expect(validateNotification({ ...base, recipients: undefined, isOrganization: true }).ok).toBe(true);
    expect(rules(validateNotification({ ...base, recipients: "" }))).toEqual(["recipients:required"]);
  });

  it("enforces the limits", () => {
    expect(validateNotification({ ...base, message: "x".repeat(65_536) }).ok).toBe(true);
    expect(rules(validateNotification({ ...base, message: "é".repeat(32_769) }))).toEqual(["message:max-length"]);
    expect(rules(validateNotification({ ...base, notificationType: "t".repeat(51) }))).toEqual(["notificationType:max-length"]);
    expect(rules(validateNotification({ ...base, notificationType: "SYSTEM" }))).toEqual(["notificationType:reserved"]);
    expect(rules(validateNotification({ ...base, priority: "urgent" }))).toEqual(["priority:enum"]);
    expect(rules(validateNotification({}))).toEqual([
      "message:required",
      "notificationType:required",
      "priority:enum",
      "recipients:required",
    ]);
  });
});

describe("validateEnum", () => {
  it("checks membership, optionally ignoring case", () => {
    expect(validateEnum("Sum", CUSTOM_METRIC_DATA_TYPES, "dataType")).toEqual({ ok: true, value: "Sum" });
    expect(validateEnum("sum", CUSTOM_METRIC_DATA_TYPES, "dataType").ok).toBe(false);
    expect(validateEnum("sum", CUSTOM_METRIC_DATA_TYPES, "dataType", { ignoreCase: true }).ok).toBe(true);
  });
});

describe("validateGroupFields", () => {
  it("accepts the create examples of the fixtures", () => {
    expect(validateGroupFields("incidents", { name: "Test Incident", eventDate: "2017-7-13T00:00:00-04:00", status: "New" }, "create").ok).toBe(true);
    expect(validateGroupFields("documents", { fileName: "malwaresample.zip", name: "malwaresample.exe", malware: true, password: "TCinfected" }, "create").ok).toBe(true);
    expect(validateGroupFields("Threat", { name: "Test Group" }, "create").ok).toBe(true);
  });

  it("accepts every batch group of the fixtures", () => {
    const groups: Record<string, unknown>[] = [];
    for (const { entry, body } of jsonFixtures()) {
      if (!entry.path.startsWith("/v2/batch/") || entry.kind !== "request") continue;
      const list = (body as { group?: Record<string, unknown>[] }).group;
      if (Array.isArray(list)) groups.push(...list);
    }
    expect(groups.length).toBeGreaterThan(5);
    for (const group of groups) {
      expect(rules(validateGroupFields(String(group.type), group, "batch")), String(group.name)).toEqual([]);
    }
  });

  it.each([
    ["documents", {}, "create", ["name:required", "fileName:required"]],
    ["emails", { name: "x", subject: "s" }, "create", ["header:required", "body:required"]],
    ["events", { name: "x" }, "create", ["eventDate:required"]],
    ["events", { name: "x" }, "batch", ["xid:required"]],
    ["incidents", { name: "x", eventDate: "2017-01-01", status: "Done" }, "create", ["status:enum"]],
    ["signatures", { name: "x", fileName: "a.yar", fileType: "Yara", fileText: "rule" }, "create", ["fileType:enum"]],
    ["signatures", { fileText: "rule" }, "update", ["name:required", "fileName:required", "fileType:required"]],
    ["threats", {}, "update", []],
    ["threats", { name: "t".repeat(101) }, "update", ["name:max-length"]],
    ["documents", { name: "x", fileName: "a.zip", malware: true }, "create", ["password:required"]],
    ["documents", { name: "x", fileName: "a.zip", malware: "maybe", password: "p" }, "create", ["malware:type"]],
    ["reports", { name: "x", xid: "1" }, "batch", []],
    ["Widget", { name: "x" }, "create", ["type:unknown-type"]],
  ] as const)("%s %j (%s) → %j", (type, body, mode, expected) => {
    expect(rules(validateGroupFields(type, body, mode))).toEqual(expected);
  });
});
