import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { UsageError } from "../errors/cli-error.js";
import { parseJson } from "../input/parse-json.js";
import { readInput } from "../input/read-input.js";

interface SandboxOptions {
  port: string;
  data?: string;
  seed?: string;
}

/** `tcapi sandbox`: a local ThreatConnect-compatible server in the foreground until SIGINT or SIGTERM. */
export function registerSandbox(program: Command, host: CommandHost): void {
  program
    .command("sandbox")
    .description("run a local ThreatConnect v2 sandbox on 127.0.0.1 and print the settings to use it")
    .option("--port <number>", "port to listen on (0 picks a free one)", "4000")
    .option("--data <file>", "keep the sandbox's data in this file between runs")
    .option("--seed <file>", "load this v2 batch JSON document at start")
    .action(async (options: SandboxOptions, command: Command) => {
      const context = host.context(command);
      const port = parsePort(options.port);
      const seed =
        options.seed === undefined
          ? undefined
          : parseJson(await readInput(options.seed, context.io), options.seed);
      // Listen for the stop request before starting: a script may signal as soon as it reads the lines.
      const stopRequested = context.io.waitForStop?.() ?? Promise.resolve("end");

      // Loaded on demand so that every other command starts without the server's code.
      const { startSandbox } = await import("@tcapi/sandbox");
      const sandbox = await startSandbox({
        port,
        hostname: "127.0.0.1",
        ...(options.data !== undefined && { dataFile: options.data }),
        ...(seed !== undefined && { seed }),
        log: (line) => context.io.stderr.write(`${line}\n`),
      }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
        throw new UsageError(
          `Port ${port} is already in use; pick another with --port, or --port 0 for any free one.`,
        );
      });

      // The sandbox's generated key is a throwaway local credential: printing it is the point.
      context.output.line(`export TC_API_PATH=${shellQuote(sandbox.url)}`);
      context.output.line(`export TC_API_ACCESS_ID=${shellQuote(sandbox.accessId)}`);
      context.output.line(`export TC_API_SECRET_KEY=${shellQuote(sandbox.secretKey)}`);
      context.output.line(`export TC_OWNER=${shellQuote(sandbox.organization)}`);
      context.output.note(
        `Sandbox listening on ${sandbox.url}; paste the lines above into another shell. Ctrl+C stops it.`,
      );

      const signal = await stopRequested;
      await sandbox.close();
      context.output.note(`Sandbox stopped (${signal}).`);
    });
}

function parsePort(input: string): number {
  const port = Number(input);
  if (!/^\d+$/.test(input) || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${input}".`);
  }
  return port;
}

/** Quotes a value for POSIX shells only when it needs it. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
