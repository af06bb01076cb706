import type { Command } from "commander";
import type { Context, GlobalOptions } from "./context.js";

/** What command modules receive: a way to build the context of the command being run. */
export interface CommandHost {
  context(command: Command): Context;
}

/** Reads the global options from a command, wherever on the line the user typed them. */
export function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}
