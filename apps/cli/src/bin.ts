#!/usr/bin/env node
import { processIo } from "./io.js";
import { run } from "./run.js";

// The reader of our output went away (`tcapi export indicators | head`): stop quietly, as Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

process.exitCode = await run(process.argv.slice(2), processIo());
