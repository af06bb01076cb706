import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows, textChunks } from "../src/csv-rows.js";
import { jsonArrayItems } from "../src/json-array-items.js";
import { collect } from "./support/collect.js";

async function* pieces(text: string, cuts: number[]): AsyncGenerator<string> {
  let last = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    await Promise.resolve();
    yield text.slice(last, cut);
    last = cut;
  }
  yield text.slice(last);
}

describe("jsonArrayItems", () => {
  it("yields each element of the report's array however the text is cut", async () => {
    const items = [{ summary: "a\"]}", tag: [{ name: "x,y" }] }, { summary: "b\\", n: 1 }, { summary: "ü" }];
    const text = JSON.stringify({ indicator: items });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), async (cuts) => {
        expect(await collect(jsonArrayItems(pieces(text, cuts)))).toEqual(items);
      }),
    );
  });

  it("yields nothing for an empty report", async () => {
    expect(await collect(jsonArrayItems(pieces('{"indicator": []}', [3])))).toEqual([]);
  });
});

describe("csvRows", () => {
  it("parses quoted fields, CRLF and nulls by header", async () => {
    const text = 'Type,Value,Rating,Confidence\r\nHost,example.com,3.0,50\r\nURL,"http://x/?a=1,b=""2""",null,null\n';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }), async (cuts) => {
        expect(await collect(csvRows(pieces(text, cuts)))).toEqual([
          { Type: "Host", Value: "example.com", Rating: "3.0", Confidence: "50" },
          { Type: "URL", Value: 'http://x/?a=1,b="2"', Rating: "null", Confidence: "null" },
        ]);
      }),
    );
  });
});

describe("textChunks", () => {
  it("cancels the body when the reader stops early, so the connection is freed", async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        controller.enqueue(new TextEncoder().encode("more,"));
      },
      cancel: () => {
        cancelled = true;
      },
    });
    for await (const chunk of textChunks(body)) {
      expect(chunk).toBe("more,");
      break;
    }
    expect(cancelled).toBe(true);
  });
});
