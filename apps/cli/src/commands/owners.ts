import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { collectItems } from "../client/collect-items.js";
import { parseId } from "../client/parse-id.js";
import { field, type TableView } from "../output/table-view.js";

const OWNER_VIEW: TableView = { columns: [field("id"), field("name"), field("type")] };
const MEMBER_VIEW: TableView = {
  columns: [field("userName"), field("firstName"), field("lastName"), field("pseudonym")],
};
const METRIC_VIEW: TableView = {
  columns: [
    field("metricDate", "date"),
    field("totalIndicator", "indicators"),
    field("totalGroup", "groups"),
    field("totalTag", "tags"),
  ],
};

/** `tcapi owners`: the owners visible to the API user (the documented Hello World). */
export function registerOwners(program: Command, host: CommandHost): void {
  const owners = program.command("owners").description("list owners (organizations, communities, sources)");

  owners
    .command("list", { isDefault: true })
    .description("list every owner visible to the API user")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      context.output.result(await collectItems(client.owners.list({ format: context.format })), OWNER_VIEW);
    });

  owners
    .command("get")
    .description("show one owner")
    .argument("<id>", "owner id")
    .action(async (id: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      context.output.result(await client.owners.get(parseId(id, "owner"), { format: context.format }));
    });

  owners
    .command("mine")
    .description("show the API user's own organization")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      context.output.result(await client.owners.mine({ format: context.format }));
    });

  owners
    .command("members")
    .description("list the members of the API user's organization")
    .action(async (_options: unknown, command: Command) => {
      const context = host.context(command);
      const members = await (await context.client()).owners.members({ format: context.format });
      // Organizations with anonymous membership only reveal pseudonyms (API reference §4.4).
      context.output.result(Array.isArray(members) ? members : members.members, MEMBER_VIEW);
    });

  owners
    .command("metrics")
    .description("daily metrics of all owners, or of one owner")
    .argument("[id]", "owner id")
    .action(async (id: string | undefined, _options: unknown, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      const options = { format: context.format, ...(id !== undefined && { id: parseId(id, "owner") }) };
      context.output.result(await collectItems(client.owners.metrics(options)), METRIC_VIEW);
    });
}
