import type { AnyGroupCreate, Client } from "@tcapi/v2";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { collectItems } from "../client/collect-items.js";
import { clientListOptions, type ClientListOptions, type ListOptions } from "../client/list-items.js";
import { parseId } from "../client/parse-id.js";
import { groupType } from "../client/resolve-types.js";
import { UsageError } from "../errors/cli-error.js";
import { field, type TableView } from "../output/table-view.js";
import { collect } from "./collect.js";
import { parseFields } from "./field-options.js";
import { addListOptions } from "./list-options.js";
import { addMetadataVerbs } from "./metadata-verbs.js";
import { addVictimAssetVerbs } from "./victim-assets.js";
import type { AssociationKind, ItemHandle, TargetKind } from "./target-kind.js";

/** A handle with the core verbs as well as the shared metadata ones. */
type FullHandle = ItemHandle & {
  get(options?: { format?: "json" | "xml" }): Promise<unknown>;
  update(changes: Record<string, unknown>): Promise<unknown>;
  delete(): Promise<void>;
};

type Listing = ClientListOptions & { format: "json" | "xml" };

/** A resource family addressed by numeric id: groups (also by type), victims, tasks. */
interface IdResource {
  name: "groups" | "victims" | "tasks";
  noun: string;
  description: string;
  /** Groups need their type in every path (API reference §11.7). */
  typed: boolean;
  view: TableView;
  associations: readonly AssociationKind[];
  list(
    client: Client,
    type: string | undefined,
    tag: string | undefined,
    options: Listing,
  ): AsyncIterable<unknown>;
  create(
    client: Client,
    type: string | undefined,
    body: Record<string, unknown> & { name: string },
  ): Promise<unknown>;
  at(client: Client, type: string | undefined, id: number): FullHandle;
}

const groupName = (type: string | undefined): string => groupType(type).name;

const RESOURCES: readonly IdResource[] = [
  {
    name: "groups",
    noun: "group",
    description: "work with groups (incidents, adversaries, reports, ...)",
    typed: true,
    view: {
      columns: [
        field("id"),
        field("type"),
        field("name"),
        field("ownerName", "owner"),
        field("dateAdded", "added"),
      ],
    },
    associations: ["groups", "indicators", "victims", "tasks"],
    list: (client, type, tag, options) => {
      const listing = type === undefined ? options : { ...options, type: groupName(type) };
      return tag === undefined ? client.groups.list(listing) : client.tags.at(tag).groups.list(listing);
    },
    create: (client, type, body) =>
      client.groups.create({ ...body, type: groupName(type) } as AnyGroupCreate),
    at: (client, type, id) => {
      const handle = client.groups.at(groupName(type), id);
      return { ...handle, update: (changes) => handle.update(changes) };
    },
  },
  {
    name: "victims",
    noun: "victim",
    description: "work with victims",
    typed: false,
    view: {
      columns: [
        field("id"),
        field("name"),
        field("org"),
        field("suborg"),
        field("workLocation"),
        field("nationality"),
      ],
    },
    associations: ["groups", "indicators"],
    list: (client, _type, tag, options) =>
      tag === undefined ? client.victims.list(options) : client.tags.at(tag).victims.list(options),
    create: (client, _type, body) => client.victims.create(body),
    at: (client, _type, id) => {
      const handle = client.victims.at(id);
      // The API requires the name on every victim update (§11.13); keep the current one unless it changes.
      const update = async (changes: Record<string, unknown>) => {
        const name = typeof changes.name === "string" ? changes.name : (await handle.get()).name;
        return handle.update({ ...changes, name });
      };
      return { ...handle, update };
    },
  },
  {
    name: "tasks",
    noun: "task",
    description: "work with tasks",
    typed: false,
    view: {
      columns: [
        field("id"),
        field("name"),
        field("status"),
        field("dueDate", "due"),
        field("ownerName", "owner"),
      ],
    },
    associations: ["groups", "indicators", "victims"],
    list: (client, _type, tag, options) =>
      tag === undefined ? client.tasks.list(options) : client.tags.at(tag).tasks.list(options),
    create: (client, _type, body) => client.tasks.create(body),
    at: (client, _type, id) => {
      const handle = client.tasks.at(id);
      return { ...handle, update: (changes) => handle.update(changes) };
    },
  },
];

/** `tcapi groups|victims|tasks`: list, get, create, update, delete and the metadata verbs, through the typed client. */
export function registerIdResources(program: Command, host: CommandHost): void {
  for (const resource of RESOURCES) registerIdResource(program, host, resource);
}

function registerIdResource(program: Command, host: CommandHost, resource: IdResource): void {
  const typeOption = (command: Command, required: boolean): Command =>
    resource.typed
      ? command.option("-t, --type <type>", `group type, e.g. incident${required ? " (required)" : ""}`)
      : command;
  const open = (client: Client, id: string, options: { type?: string }) => ({
    label: `${resource.noun} ${id}`,
    handle: resource.at(client, options.type, parseId(id, resource.noun)),
  });

  const kind: TargetKind = {
    noun: resource.noun,
    argument: "<id>",
    addAddressOptions: (command) => typeOption(command, true),
    resolve: (id, options, client) => open(client, id, options),
    associations: resource.associations,
  };

  const parent = program.command(resource.name).description(resource.description);

  addListOptions(typeOption(parent.command("list", { isDefault: true }).description(`list ${resource.name}`), false))
    .option("--tag <name>", `only ${resource.name} carrying this tag`)
    .action(async (options: ListOptions & { type?: string; tag?: string }, command: Command) => {
      const context = host.context(command);
      const listing = { ...clientListOptions(options), format: context.format };
      const items = resource.list(await context.client(), options.type, options.tag, listing);
      context.output.result(await collectItems(items), resource.view);
    });

  kind
    .addAddressOptions(
      parent.command("get").description(`show one ${resource.noun}`).argument("<id>", `${resource.noun} id`),
    )
    .action(async (id: string, options: { type?: string }, command: Command) => {
      const context = host.context(command);
      const { handle } = open(await context.client(), id, options);
      context.output.result(await handle.get({ format: context.format }));
    });

  typeOption(
    parent
      .command("create")
      .description(`create a ${resource.noun}`)
      .argument("<name>", `${resource.noun} name`),
    true,
  )
    .option(
      "--field <name=value>",
      "another body field, e.g. eventDate=2024-01-31T00:00:00Z (repeatable)",
      collect,
      [],
    )
    .action(async (name: string, options: { type?: string; field: string[] }, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      context.output.result(
        await resource.create(client, options.type, { ...parseFields(options.field), name }),
      );
    });

  kind
    .addAddressOptions(
      parent
        .command("update")
        .description(`change a ${resource.noun}`)
        .argument("<id>", `${resource.noun} id`),
    )
    .option("--name <name>", "new name")
    .option("--field <name=value>", "a body field to change (repeatable)", collect, [])
    .action(
      async (id: string, options: { type?: string; name?: string; field: string[] }, command: Command) => {
        const context = host.context(command);
        const body = {
          ...parseFields(options.field),
          ...(options.name !== undefined && { name: options.name }),
        };
        if (Object.keys(body).length === 0)
          throw new UsageError("Nothing to update: give --name or --field name=value.");
        const { handle } = open(await context.client(), id, options);
        context.output.result(await handle.update(body));
      },
    );

  kind
    .addAddressOptions(
      parent
        .command("delete")
        .description(`delete a ${resource.noun}`)
        .argument("<id>", `${resource.noun} id`),
    )
    .action(async (id: string, options: { type?: string }, command: Command) => {
      const context = host.context(command);
      const item = open(await context.client(), id, options);
      await item.handle.delete();
      context.output.note(`Deleted ${item.label}.`);
    });

  addMetadataVerbs(parent, kind, host);
  if (resource.name === "victims") addVictimAssetVerbs(parent, host);
}
