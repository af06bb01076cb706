import type { CliIo } from "../io.js";
import { coloursFor, type Colours } from "./colours.js";
import { renderRecord, renderTable } from "./render-table.js";
import type { TableView } from "./table-view.js";

/** Where a command sends results (stdout) and notes for people (stderr). */
export interface Output {
  /** True when results are printed as JSON: --json, or stdout is not a terminal. */
  readonly json: boolean;
  readonly colours: Colours;
  readonly errColours: Colours;
  /** Prints a result: a table for people, JSON for programs. */
  result(value: unknown, view?: TableView): void;
  /** Prints one line of text to stdout as is. */
  line(text: string): void;
  /** Prints a note for people to stderr; never mixed into results. */
  note(text: string): void;
}

/** Chooses JSON or tables from --json and whether stdout is a terminal. */
export function createOutput(io: CliIo, options: { json: boolean }): Output {
  const json = options.json || io.stdout.isTTY !== true;
  const colours = coloursFor(io.stdout, io.env);
  const errColours = coloursFor(io.stderr, io.env);

  return {
    json,
    colours,
    errColours,
    result(value, view) {
      if (json) {
        io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      } else if (Array.isArray(value)) {
        io.stdout.write(value.length === 0 ? "No results.\n" : `${renderTable(value, colours, view)}\n`);
      } else if (typeof value === "object" && value !== null) {
        io.stdout.write(`${renderRecord(value, colours)}\n`);
      } else {
        io.stdout.write(`${String(value)}\n`);
      }
    },
    line(text) {
      io.stdout.write(`${text}\n`);
    },
    note(text) {
      io.stderr.write(`${text}\n`);
    },
  };
}
