export { run } from "./run.js";
export type { CliIo, CliWritable } from "./io.js";
export { processIo } from "./io.js";
export { EXIT_CODES, type ExitCode } from "./errors/exit-codes.js";
