import type { Client } from "@tcapi/v2";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { collectItems } from "../client/collect-items.js";
import { clientListOptions, type ListOptions } from "../client/list-items.js";
import { groupType, indicatorType } from "../client/resolve-types.js";
import { UsageError } from "../errors/cli-error.js";
import { field, type TableView } from "../output/table-view.js";
import { indicatorView } from "./indicators.js";
import { addListOptions } from "./list-options.js";

/** What carries a tag or a label, as the typed client lists it. */
interface Carriers {
  readonly groups: { list(options?: object): AsyncIterable<unknown> };
  readonly indicators: { list(options?: object): AsyncIterable<unknown> };
}

/** Tags and security labels: addressed by name, with pivots to what carries them (§11.10, §11.11). */
interface NamedResource {
  name: "tags" | "labels";
  noun: string;
  view: TableView;
  /** Extra list options: tags need `detailed` for their descriptions (API reference §3.4). */
  listExtras: Record<string, unknown>;
  collection(client: Client): {
    list(options?: object): AsyncIterable<unknown>;
    get(name: string, options?: { format?: "json" | "xml" }): Promise<unknown>;
    delete(name: string): Promise<void>;
    at(name: string): Carriers;
  };
}

const RESOURCES: readonly NamedResource[] = [
  {
    name: "tags",
    noun: "tag",
    view: { columns: [field("name"), field("description")] },
    listExtras: { detailed: true },
    collection: (client) => client.tags,
  },
  {
    name: "labels",
    noun: "security label",
    view: { columns: [field("name"), field("description"), field("dateAdded", "added")] },
    listExtras: {},
    collection: (client) => client.securityLabels,
  },
];

/** `tcapi tags` and `tcapi labels`, through the typed client. */
export function registerNamedResources(program: Command, host: CommandHost): void {
  for (const resource of RESOURCES) {
    const parent = registerNamed(program, host, resource);
    // Only tags can be created and renamed through v2 REST; labels come from the Batch API.
    if (resource.name === "tags") addTagWrites(parent, host);
  }
}

function registerNamed(program: Command, host: CommandHost, resource: NamedResource): Command {
  const parent = program.command(resource.name).description(`work with ${resource.noun}s`);

  addListOptions(parent.command("list", { isDefault: true }).description(`list ${resource.noun}s`)).action(
    async (options: ListOptions, command: Command) => {
      const context = host.context(command);
      const collection = resource.collection(await context.client());
      context.output.result(
        await collectItems(
          collection.list({ ...clientListOptions(options), ...resource.listExtras, format: context.format }),
        ),
        resource.view,
      );
    },
  );

  parent
    .command("get")
    .description(`show one ${resource.noun}`)
    .argument("<name>", `${resource.noun} name`)
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      context.output.result(
        await resource.collection(await context.client()).get(name, { format: context.format }),
      );
    });

  parent
    .command("delete")
    .description(`delete a ${resource.noun} everywhere it is used`)
    .argument("<name>", `${resource.noun} name`)
    .action(async (name: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      await resource.collection(await context.client()).delete(name);
      context.output.note(`Deleted ${resource.noun} ${name}.`);
    });

  addListOptions(
    parent
      .command("indicators")
      .description(`list the indicators carrying a ${resource.noun}`)
      .argument("<name>", `${resource.noun} name`)
      .option("-t, --type <type>", "only this indicator type"),
  ).action(async (name: string, options: ListOptions & { type?: string }, command: Command) => {
    const context = host.context(command);
    const type = options.type === undefined ? undefined : indicatorType(options.type);
    const listing = {
      ...clientListOptions(options),
      format: context.format,
      ...(type !== undefined && { type: type.name }),
    };
    const carriers = resource.collection(await context.client()).at(name);
    context.output.result(await collectItems(carriers.indicators.list(listing)), indicatorView(type));
  });

  addListOptions(
    parent
      .command("groups")
      .description(`list the groups carrying a ${resource.noun}`)
      .argument("<name>", `${resource.noun} name`)
      .option("-t, --type <type>", "only this group type"),
  ).action(async (name: string, options: ListOptions & { type?: string }, command: Command) => {
    const context = host.context(command);
    const type = options.type === undefined ? undefined : groupType(options.type);
    const listing = {
      ...clientListOptions(options),
      format: context.format,
      ...(type !== undefined && { type: type.name }),
    };
    const carriers = resource.collection(await context.client()).at(name);
    context.output.result(await collectItems(carriers.groups.list(listing)), {
      columns: [field("id"), field("type"), field("name"), field("ownerName", "owner")],
    });
  });

  return parent;
}

function addTagWrites(parent: Command, host: CommandHost): void {
  parent
    .command("create")
    .description("create a tag with a description (tagging an item also creates it)")
    .argument("<name>", "tag name (at most 128 characters)")
    .option("--description <text>", "what the tag means")
    .action(async (name: string, options: { description?: string }, command: Command) => {
      const context = host.context(command);
      const tag = { name, ...(options.description !== undefined && { description: options.description }) };
      context.output.result(await (await context.client()).tags.create(tag));
    });

  parent
    .command("update")
    .description("rename a tag or change its description")
    .argument("<name>", "tag name")
    .option("--name <new>", "new name")
    .option("--description <text>", "new description")
    .action(async (name: string, options: { name?: string; description?: string }, command: Command) => {
      const context = host.context(command);
      if (options.name === undefined && options.description === undefined) {
        throw new UsageError("Nothing to update: give --name or --description.");
      }
      const changes = {
        name: options.name ?? name,
        ...(options.description !== undefined && { description: options.description }),
      };
      const updated = await (await context.client()).tags.update(name, changes);
      context.output.result(updated ?? changes);
    });
}
