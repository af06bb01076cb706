import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import type { Context } from "../context.js";
import { collectItems } from "../client/collect-items.js";
import { parseId } from "../client/parse-id.js";
import { UsageError } from "../errors/cli-error.js";
import { field } from "../output/table-view.js";
import { linkItem, type AssociateOptions } from "./link-item.js";
import type { AssociationKind, ResolvedItem, TargetKind } from "./target-kind.js";

/**
 * Adds the verbs every item shares: tags, attributes, security labels and associations
 * (API reference §11.4, §11.14 and the association tables), through the typed client's handles.
 */
export function addMetadataVerbs(parent: Command, kind: TargetKind, host: CommandHost): void {
  const verb = (name: string, description: string): Command =>
    kind.addAddressOptions(
      parent.command(name).description(description).argument(kind.argument, `the ${kind.noun}`),
    );

  const open = async (
    command: Command,
    argument: string,
    options: unknown,
  ): Promise<{ context: Context; item: ResolvedItem }> => {
    const context = host.context(command);
    const item = kind.resolve(argument, options as { type?: string }, await context.client());
    return { context, item };
  };

  verb("tags", `list the tags of the ${kind.noun}`).action(
    async (argument: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      context.output.result(await collectItems(item.handle.tags.list({ format: context.format })), {
        columns: [field("name")],
      });
    },
  );

  verb("tag", `add tags to the ${kind.noun} (a tag is created when new)`)
    .argument("<tags...>", "tag names")
    .action(async (argument: string, tags: string[], options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      for (const tag of tags) await item.handle.tags.add(tag);
      context.output.note(`Tagged ${item.label} with ${tags.join(", ")}.`);
    });

  verb("untag", `remove tags from the ${kind.noun}`)
    .argument("<tags...>", "tag names")
    .action(async (argument: string, tags: string[], options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      for (const tag of tags) await item.handle.tags.remove(tag);
      context.output.note(`Removed ${tags.join(", ")} from ${item.label}.`);
    });

  verb("attributes", `list the attributes of the ${kind.noun}`).action(
    async (argument: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      const attributes = await collectItems(item.handle.attributes.list({ format: context.format }));
      context.output.result(attributes, {
        columns: [field("id"), field("type"), field("value"), field("dateAdded", "added")],
      });
    },
  );

  verb("add-attribute", `add an attribute to the ${kind.noun}`)
    .argument("<attributeType>", "attribute type, e.g. Description or Source")
    .argument("<value>", "attribute value")
    .option("--displayed", "show it on the item's page (Description and Source)")
    .action(
      async (
        argument: string,
        type: string,
        value: string,
        options: { displayed?: boolean },
        command: Command,
      ) => {
        const { context, item } = await open(command, argument, options);
        const created = await item.handle.attributes.create({
          type,
          value,
          ...(options.displayed === true && { displayed: true }),
        });
        context.output.result(created);
      },
    );

  verb("remove-attribute", `delete an attribute of the ${kind.noun} by its id`)
    .argument("<attributeId>", "attribute id (see `attributes`)")
    .action(async (argument: string, attributeId: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      await item.handle.attributes.delete(parseId(attributeId, "attribute"));
      context.output.note(`Deleted attribute ${attributeId} of ${item.label}.`);
    });

  verb("labels", `list the security labels of the ${kind.noun}`).action(
    async (argument: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      const labels = await collectItems(item.handle.securityLabels.list({ format: context.format }));
      context.output.result(labels, {
        columns: [field("name"), field("description"), field("dateAdded", "added")],
      });
    },
  );

  verb("label", "apply an existing security label")
    .argument("<label>", "security label name, e.g. TLP:AMBER")
    .action(async (argument: string, label: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      await item.handle.securityLabels.add(label);
      context.output.note(`Applied ${label} to ${item.label}.`);
    });

  verb("unlabel", "remove a security label")
    .argument("<label>", "security label name")
    .action(async (argument: string, label: string, options, command: Command) => {
      const { context, item } = await open(command, argument, options);
      await item.handle.securityLabels.remove(label);
      context.output.note(`Removed ${label} from ${item.label}.`);
    });

  verb("associations", `list what the ${kind.noun} is associated with`)
    .option("--kind <kind>", `only one kind: ${kind.associations.join(", ")}`)
    .action(async (argument: string, options: { kind?: string }, command: Command) => {
      const { context, item } = await open(command, argument, options);
      const kinds = options.kind === undefined ? kind.associations : [associationKind(options.kind, kind)];
      const rows: Record<string, unknown>[] = [];

      for (const associated of kinds) {
        const links = item.handle[associated];
        if (links === undefined) continue;
        for (const linked of await collectItems(links.list({ format: context.format }))) {
          rows.push({ kind: associated, ...(linked as Record<string, unknown>) });
        }
      }

      context.output.result(rows, {
        columns: [
          field("kind"),
          field("type"),
          field("id"),
          { header: "name", value: (row) => row.name ?? row.summary },
        ],
      });
    });

  for (const [name, add] of [
    ["associate", true],
    ["dissociate", false],
  ] as const) {
    verb(name, `${add ? "link" : "unlink"} the ${kind.noun} and another item`)
      .option("--group <type:id>", "a group, e.g. incident:123")
      .option("--indicator <type:value>", "an indicator, e.g. host:example.com")
      .option(
        "--association <type>",
        "indicator-to-indicator association type, e.g. urlHost (with --indicator)",
      )
      .option("--victim <id>", "a victim id")
      .option("--task <id>", "a task id")
      .action(async (argument: string, options: AssociateOptions, command: Command) => {
        const { context, item } = await open(command, argument, options);
        const other = await linkItem(item, options, kind.noun, add);
        context.output.note(`${add ? "Associated" : "Dissociated"} ${item.label} and ${other}.`);
      });
  }
}

function associationKind(input: string, kind: TargetKind): AssociationKind {
  const found = kind.associations.find((candidate) => candidate === input);
  if (found === undefined)
    throw new UsageError(`--kind must be one of ${kind.associations.join(", ")}, not "${input}".`);
  return found;
}
