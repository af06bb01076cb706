import { PassThrough, Writable } from "node:stream";
import type { CliIo } from "../../src/index.js";

/** A writable that keeps what is written and can pretend to be a terminal. */
export class MemoryStream extends Writable {
  text = "";
  isTTY: boolean;
  columns = 120;

  constructor(isTTY: boolean) {
    super({ decodeStrings: false });
    this.isTTY = isTTY;
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    callback();
  }

  // cli-progress moves the cursor through these terminal methods when the stream is a TTY.
  cursorTo(): boolean {
    return true;
  }

  clearLine(): boolean {
    return true;
  }

  moveCursor(): boolean {
    return true;
  }
}

/** An io for `run` whose streams are memory buffers, terminal or not as asked. */
export function memoryIo(
  env: Record<string, string | undefined>,
  tty: { stdout: boolean; stderr: boolean },
  input = "",
) {
  const stdout = new MemoryStream(tty.stdout);
  const stderr = new MemoryStream(tty.stderr);
  const stdin = new PassThrough();
  stdin.end(input);
  const io: CliIo = { stdout, stderr, stdin, env };
  return { io, stdout, stderr };
}
