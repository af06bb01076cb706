/**
 * Parses streamed CSV (RFC 4180 quoting) into records keyed by the header row. The bulk CSV
 * report has the header `Type,Value,Rating,Confidence` and writes `null` for unset values
 * (API reference §11.6); values are passed through as text.
 * @internal
 */
export async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<Record<string, string>> {
  let header: string[] | undefined;
  let field = "";
  let row: string[] = [];
  let quoted = false;
  let pendingQuote = false;

  const finishRow = (): Record<string, string> | undefined => {
    row.push(field);
    field = "";
    const done = row;
    row = [];
    if (done.length === 1 && done[0] === "") return undefined;
    if (header === undefined) {
      header = done;
      return undefined;
    }
    const keys = header;
    return Object.fromEntries(keys.map((key, index) => [key, done[index] ?? ""]));
  };

  for await (const chunk of chunks) {
    for (const c of chunk) {
      if (pendingQuote) {
        pendingQuote = false;
        if (c === '"') {
          field += '"';
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (c === '"') pendingQuote = true;
        else field += c;
        continue;
      }
      if (c === '"') quoted = true;
      else if (c === ",") {
        row.push(field);
        field = "";
      } else if (c === "\n") {
        const record = finishRow();
        if (record !== undefined) yield record;
      } else if (c !== "\r") field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    const record = finishRow();
    if (record !== undefined) yield record;
  }
}

/** Decodes a byte stream into text chunks. @internal */
export async function* textChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
    finished = true;
    const rest = decoder.decode();
    if (rest !== "") yield rest;
  } finally {
    // A consumer that stops early would otherwise leave the response, and its socket, open.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
