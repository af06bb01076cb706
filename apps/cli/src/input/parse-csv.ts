import { UsageError } from "../errors/cli-error.js";

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of cells with their line numbers. */
export function parseCsv(text: string, source: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;

  const endRow = (): void => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };

  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);

    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        cell += char;
      }
      continue;
    }

    if (char === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else if (char !== "\r") {
      cell += char;
    }
  }

  if (quoted) {
    throw new UsageError(
      `${source} has a quote opened on line ${quoteLine} that is never closed; fix the CSV and try again.`,
    );
  }
  endRow();
  return rows;
}
