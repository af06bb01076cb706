import { describe, expect, it } from "vitest";
import { endpoint, renderFilters, toRoute, TcValidationError } from "../src/index.js";
import { listQuery } from "../src/list-options.js";

describe("endpoint", () => {
  it("turns a route and arguments into a transport request without encoding anything", () => {
    expect(
      endpoint("GET /v2/indicators/{type}/{indicator}", {
        params: { type: "urls", indicator: "http://example.com/a?b=c" },
        query: { includeTags: true, skipped: undefined },
        owner: "Common Community",
      }),
    ).toEqual({
      method: "GET",
      path: "/v2/indicators/{type}/{indicator}",
      params: { type: "urls", indicator: "http://example.com/a?b=c" },
      query: { includeTags: true },
      owner: "Common Community",
    });
  });

  it("names a missing or empty path parameter", () => {
    expect(() => endpoint("GET /v2/tasks/{taskId}", {})).toThrow(TcValidationError);
    expect(() => endpoint("GET /v2/tags/{tag}", { params: { tag: " " } })).toThrow(/"tag" is missing or empty/);
  });

  it("refuses a route that is not documented", () => {
    expect(toRoute("GET", "/v2/indicators/{type}/{indicator}/tags")).toBe("GET /v2/indicators/{type}/{indicator}/tags");
    expect(() => toRoute("PUT", "/v2/indicators/{type}/{indicator}/tags")).toThrow(/not a documented v2 endpoint/);
    expect(() => toRoute("GET", "/v2/groups/{groupType}/{groupId}/indicators/{targetType}/{target}")).toThrow(/not a documented/);
  });
});

describe("renderFilters", () => {
  it("renders typed filters as the raw parameter value", () => {
    expect(renderFilters([["summary", "^", "example"], ["rating", ">", 3], ["active", "=", true]])).toBe("summary^example,rating>3,active=true");
    expect(renderFilters([["dateAdded", "<", new Date("2015-10-15T00:00:00Z")]])).toBe("dateAdded<2015-10-15T00:00:00.000Z");
    expect(renderFilters([["status", "!", "Not Started"]])).toBe("status!Not Started");
  });

  it("refuses what the server would misread", () => {
    expect(() => renderFilters([["summary", "=", "a,b"]])).toThrow(/contains a comma/);
    expect(() => renderFilters([["sum mary", "=", "a"]])).toThrow(/not a field name/);
    expect(() => renderFilters([["summary", "~" as "=", "a"]])).toThrow(/operator "~"/);
  });

  it("goes into the list query with orParams and modifiedSince", () => {
    expect(
      listQuery({ filters: [["active", "=", true], ["active", "=", false]], orParams: true, includeAttributes: true, modifiedSince: "2024-01-01" }),
    ).toEqual({ filters: "active=true,active=false", orParams: true, includeAttributes: true, modifiedSince: "2024-01-01" });
  });
});
