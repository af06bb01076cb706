import { Writable } from "node:stream";

/** Passes output through to a real stream while keeping a copy, so the demo can read a command's JSON. */
export class TeeStream extends Writable {
  text = "";
  readonly isTTY: boolean;

  constructor(private readonly target: NodeJS.WriteStream) {
    super({ decodeStrings: false });
    this.isTTY = target.isTTY;
  }

  override _write(
    chunk: Buffer | string,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.text += text;
    this.target.write(text, callback);
  }

  /** Everything written since the last call. */
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}
