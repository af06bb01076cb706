#!/usr/bin/env node
import { processIo } from "./io.js";
import { run } from "./run.js";

// The reader of our output went away (`tcapi export indicators | head`): stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

// Nobody reads the notes any more (`2>&1 | head`, a closed log): that must not turn into a crash
// with exit code 1, so the command finishes and keeps its own exit code.
process.stderr.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo());
