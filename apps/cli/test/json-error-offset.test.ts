import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../src/input/json-error-offset.js";
import { parseJson, tryParseJson } from "../src/input/parse-json.js";

describe("jsonErrorOffset", () => {
  it.each([
    ["not json\n", 1],
    ["{bad json", 1],
    ["[1,,2]", 3],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ['"a\\x"', 3],
    ["01", 1],
    ["", 0],
  ])("finds the error in %j at offset %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("accepts what JSON.parse accepts", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(jsonErrorOffset(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it("agrees with every offset V8 names, and rejects whatever JSON.parse rejects", () => {
    // Pieces of JSON and of near-JSON, so that most generated texts are wrong in a different place.
    const piece = fc.constantFrom(
      ...["{", "}", "[", "]", ",", ":", '"a"', '"', "1", "-", "0", ".5", "e", "tru", "null", " ", "\n", "x"],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        let message: string | undefined;
        try {
          JSON.parse(text);
        } catch (error) {
          message = (error as Error).message;
        }
        const offset = jsonErrorOffset(text);
        if (message === undefined) {
          expect(offset).toBeUndefined();
          return;
        }
        expect(offset).toBeDefined();
        const named = /at position (\d+)/.exec(message)?.[1];
        if (named !== undefined) expect(offset).toBe(Number(named));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("tryParseJson", () => {
  it("reports the line and column of an unexpected token that V8 gives no offset for", () => {
    expect(tryParseJson("not json\n")).toEqual({
      problem: { reason: "Unexpected token 'o'", line: 1, column: 2 },
    });
    expect(() => parseJson("[\n  1,,\n]", "list.json")).toThrow(
      /list\.json is not valid JSON at line 2, column 5/,
    );
  });
});
