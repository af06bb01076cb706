import { describe, expect, it } from "vitest";
import { parseBatchInput } from "../src/input/batch-input.js";
import { parseCsv } from "../src/input/parse-csv.js";
import { parseJson } from "../src/input/parse-json.js";

describe("parseJson", () => {
  it("names the line and column of a syntax error", () => {
    const text = '{\n  "indicator": [\n    { "type": "Host", },\n  ]\n}';

    expect(() => parseJson(text, "in.json")).toThrow(/in\.json is not valid JSON at line 3, column 23/);
  });

  it("points at the end for truncated input", () => {
    expect(() => parseJson('{\n "a": [1,', "cut.json")).toThrow(/line 2, column 10/);
  });
});

describe("parseCsv", () => {
  it("reads quoted cells with commas, doubled quotes and line breaks", () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",z\n', "t.csv");

    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["multi\nline", "z"] },
    ]);
  });

  it("reports an unclosed quote with its line", () => {
    expect(() => parseCsv('a,b\n1,"open\n', "t.csv")).toThrow(/quote opened on line 2/);
  });
});

describe("parseBatchInput", () => {
  it("turns a plain list into indicators of the given type with tags", () => {
    const document = parseBatchInput("a.example\n\n# comment\nb.example\r\n", "list.txt", {
      type: "Host",
      tags: ["phishing"],
    });

    expect(document.indicator).toEqual([
      { type: "Host", summary: "a.example", tag: [{ name: "phishing" }] },
      { type: "Host", summary: "b.example", tag: [{ name: "phishing" }] },
    ]);
  });

  it("requires --type for a plain list", () => {
    expect(() => parseBatchInput("a.example\n", "list.txt", { tags: [] })).toThrow(/--type/);
  });

  it("reads CSV with a header, including the bulk CSV columns", () => {
    const document = parseBatchInput(
      "Type,Value,Rating,Confidence\nHost,x.example,3,null\nAddress,10.0.0.1,null,50\n",
      "b.csv",
      {
        tags: [],
      },
    );

    expect(document.indicator).toEqual([
      { type: "Host", summary: "x.example", rating: 3 },
      { type: "Address", summary: "10.0.0.1", confidence: 50 },
    ]);
  });

  it("names the line of a CSV row without a value", () => {
    expect(() => parseBatchInput("type,value\nHost,\n", "b.csv", { tags: [] })).toThrow(
      /line 2 has no value/,
    );
  });

  it("accepts a v2 batch object and a V1 array", () => {
    const v2 = parseBatchInput(
      '{"indicator":[{"type":"Host","summary":"x.example"}],"group":[]}',
      "v2.json",
      { tags: [] },
    );
    const v1 = parseBatchInput('[{"type":"Host","summary":"x.example"}]', "v1.json", { tags: [] });

    expect(v2.indicator).toHaveLength(1);
    expect(v1.indicator).toEqual(v2.indicator);
  });

  it("rejects JSON that is not a batch document", () => {
    expect(() => parseBatchInput('{"hello":1}', "x.json", { tags: [] })).toThrow(/not a batch document/);
  });
});
