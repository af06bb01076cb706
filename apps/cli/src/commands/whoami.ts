import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";

/** `tcapi whoami`: the API user the credentials belong to. */
export function registerWhoami(program: Command, host: CommandHost): void {
  program
    .command("whoami")
    .description("show the API user the credentials belong to")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      context.output.result(await client.whoami({ format: context.format }));
    });
}
