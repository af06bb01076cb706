import { Command, CommanderError } from "commander";
import type { CommandHost } from "./command-host.js";
import { registerApi } from "./commands/api.js";
import { registerBatch } from "./commands/batch.js";
import { registerConfig } from "./commands/config.js";
import { registerExport } from "./commands/export.js";
import { registerResources } from "./commands/resources.js";
import { registerOwners } from "./commands/owners.js";
import { registerSandbox } from "./commands/sandbox.js";
import { registerSign } from "./commands/sign.js";
import { registerWhoami } from "./commands/whoami.js";
import { createContext, type Context } from "./context.js";
import { describeError } from "./errors/describe-error.js";
import { EXIT_CODES } from "./errors/exit-codes.js";
import { redact } from "./errors/redact.js";
import { processIo, type CliIo } from "./io.js";
import { coloursFor } from "./output/colours.js";
import { VERSION } from "./version.js";

/**
 * Runs the `tcapi` command line with the given arguments (without "node" and the script)
 * and resolves to the process exit code; nothing is thrown for a user mistake.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let last: Context | undefined;
  const host: CommandHost = {
    context(command) {
      last = createContext(io, command.optsWithGlobals());
      return last;
    },
  };

  const program = buildProgram(io, host);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return EXIT_CODES.ok;
  } catch (error) {
    // Commander has already printed its own message (unknown option, missing argument, help).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    // Whoever read stdout stopped reading; there is nobody left to tell.
    if ((error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return EXIT_CODES.ok;

    const secrets = last?.secrets() ?? [io.env.TC_API_SECRET_KEY, io.env.TC_API_TOKEN];
    const report = await describeError(error);
    const colours = coloursFor(io.stderr, io.env);
    io.stderr.write(`${colours.red("error:")} ${redact(report.message, secrets)}\n`);

    if (report.internal && last?.globals.debug === true && error instanceof Error && error.stack) {
      io.stderr.write(`${redact(error.stack, secrets)}\n`);
    }

    return report.exitCode;
  }
}

function buildProgram(io: CliIo, host: CommandHost): Command {
  const program = new Command("tcapi")
    .description("Command-line tool for the ThreatConnect REST API v2, with a local sandbox.")
    .version(VERSION, "-V, --version")
    .option("--json", "print results as JSON (the default when stdout is not a terminal)")
    .option("--xml", "ask the server for XML responses")
    .option("--debug", "show each request and response on stderr, credentials redacted")
    .option("--profile <name>", "use this saved profile (see `tcapi config`)")
    .option("--api-path <url>", "API base URL (overrides TC_API_PATH)")
    .option("--access-id <id>", "API access ID (overrides TC_API_ACCESS_ID)")
    .option("--owner <name>", "owner to work in (overrides TC_OWNER)")
    .showSuggestionAfterError()
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  registerWhoami(program, host);
  registerOwners(program, host);
  registerResources(program, host);
  registerBatch(program, host);
  registerExport(program, host);
  registerApi(program, host);
  registerSign(program, host);
  registerSandbox(program, host);
  registerConfig(program, host);

  program.addHelpText(
    "after",
    "\nExit codes: 0 ok, 1 internal error, 2 usage or input file, 3 authentication, 4 not found,\n5 server or network failure, 6 rejected by the server (HTTP 400).",
  );
  return program;
}
