import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { CliIo } from "../io.js";
import { readInput } from "./read-input.js";

/**
 * Reads a value from stdin: one line typed at a terminal without echo (after a prompt on
 * stderr), or everything piped in, trimmed.
 */
export async function promptSecret(io: CliIo, label: string): Promise<string> {
  if ((io.stdin as { isTTY?: boolean }).isTTY !== true) return (await readInput("-", io)).trim();

  io.stderr.write(`${label}: `);
  // readline echoes what is typed to its output; a muted output keeps the value off the screen.
  const muted = new Writable({
    write: (_chunk, _encoding, done) => {
      done();
    },
  });
  const lines = createInterface({ input: io.stdin, output: muted, terminal: true });
  try {
    const line = await new Promise<string>((resolve) => lines.once("line", resolve));
    io.stderr.write("\n");
    return line.trim();
  } finally {
    lines.close();
  }
}
