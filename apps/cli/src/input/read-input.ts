import { readFile } from "node:fs/promises";
import { UsageError } from "../errors/cli-error.js";
import type { CliIo } from "../io.js";

/** Reads a whole file, or standard input for "-"; a failure names the file and the reason. */
export async function readInput(path: string, io: CliIo): Promise<string> {
  if (path === "-") return readStream(io.stdin);

  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${reasonFor(error)}; check the path and its permissions.`, {
      cause: error,
    });
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A short human reason for a file-system error. */
export function reasonFor(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
