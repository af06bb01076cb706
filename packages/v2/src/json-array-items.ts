/**
 * Yields the elements of the first array inside a streamed JSON document, one parsed value at
 * a time, so a bulk report of millions of indicators never sits in memory whole (API reference
 * §11.6: `{"indicator": [ … ]}`).
 * @internal
 */
export async function* jsonArrayItems(chunks: AsyncIterable<string>): AsyncGenerator {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let arrayDepth = -1;
  let item = "";

  for await (const chunk of chunks) {
    let start = item === "" ? -1 : 0;

    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === "\\") escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') {
        inString = true;
        if (arrayDepth >= 0 && depth === arrayDepth && start < 0) start = i;
      } else if (c === "{" || c === "[") {
        if (arrayDepth < 0 && c === "[") {
          arrayDepth = depth + 1;
        } else if (depth === arrayDepth && start < 0) {
          start = i;
        }
        depth++;
      } else if (c === "}" || c === "]") {
        depth--;
        if (depth === arrayDepth && start >= 0) {
          item += chunk.slice(start, i + 1);
          yield JSON.parse(item);
          item = "";
          start = -1;
        } else if (depth < arrayDepth) {
          return;
        }
      } else if (depth === arrayDepth && c === "," && start >= 0) {
        // A scalar element (number, literal, string) ends at the comma.
        item += chunk.slice(start, i);
        yield JSON.parse(item);
        item = "";
        start = -1;
      } else if (depth === arrayDepth && start < 0 && !/\s|,/.test(c ?? "")) {
        start = i;
      }
    }
    if (start >= 0) item += chunk.slice(start);
  }
}
