import type { IndicatorTypeInfo } from "@tcapi/model";
import type { AnyIndicatorCreate, Client, IndicatorHandle, IndicatorListOptions } from "@tcapi/v2";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { collectItems } from "../client/collect-items.js";
import { checkIndicatorValue, displayValue, valueFields } from "../client/indicator-value.js";
import { clientListOptions, type ListOptions } from "../client/list-items.js";
import { indicatorType, indicatorTypeFor } from "../client/resolve-types.js";
import { unwrapEntity } from "../client/unwrap.js";
import { UsageError } from "../errors/cli-error.js";
import { plural } from "../output/plural.js";
import { field, type TableView } from "../output/table-view.js";
import { collect } from "./collect.js";
import { addListOptions } from "./list-options.js";
import { addMetadataVerbs } from "./metadata-verbs.js";
import { parseNumberOption } from "./number-option.js";
import type { TargetKind } from "./target-kind.js";

interface WriteOptions {
  type?: string;
  rating?: string;
  confidence?: string;
  tag?: string[];
  description?: string;
  validate?: boolean;
  dnsActive?: string;
  whoisActive?: string;
}

/** The columns of indicator lists. */
export function indicatorView(type?: IndicatorTypeInfo): TableView {
  return {
    columns: [
      { header: "type", value: (row) => row.type ?? type?.name },
      { header: "value", value: (row) => displayValue(row, type) },
      field("rating"),
      field("confidence"),
      {
        header: "owner",
        value: (row) => row.ownerName ?? (row.owner as { name?: string } | undefined)?.name,
      },
      field("dateAdded", "added"),
    ],
  };
}

const INDICATOR: TargetKind = {
  noun: "indicator",
  argument: "<value>",
  addAddressOptions: (command) =>
    command.option("-t, --type <type>", "indicator type (guessed from the value when absent)"),
  resolve: (value, options, client) => openIndicator(client, value, options.type),
  associations: ["groups", "indicators"],
};

/** The typed client's handle of one indicator, its type from --type or guessed from the value. */
function openIndicator(
  client: Client,
  value: string,
  typeInput: string | undefined,
): { label: string; handle: IndicatorHandle<unknown> } {
  const type = indicatorTypeFor(value, typeInput);
  return { label: `${type.name} ${value}`, handle: client.indicators.at(type.name, value) };
}

/** `tcapi indicators`: list, get, create, update, delete and the metadata verbs, through the typed client. */
export function registerIndicators(program: Command, host: CommandHost): void {
  const indicators = program
    .command("indicators")
    .description("work with indicators (hosts, addresses, files, URLs, ...)");

  addListOptions(
    indicators
      .command("list", { isDefault: true })
      .description("list indicators, optionally of one type, with one tag, or matching filters")
      .option("-t, --type <type>", "only this indicator type, e.g. host")
      .option("--tag <name>", "only indicators carrying this tag"),
  ).action(async (options: ListOptions & { type?: string; tag?: string }, command: Command) => {
    const context = host.context(command);
    const client = await context.client();
    const type = options.type === undefined ? undefined : indicatorType(options.type);
    const list: IndicatorListOptions & { type?: string } = {
      ...clientListOptions(options),
      format: context.format,
    };
    if (type !== undefined) list.type = type.name;

    const items =
      options.tag === undefined
        ? client.indicators.list(list)
        : client.tags.at(options.tag).indicators.list(list);
    context.output.result(await collectItems(items), indicatorView(type));
  });

  INDICATOR.addAddressOptions(
    indicators.command("get").description("show one indicator").argument("<value>", "indicator value"),
  )
    .option("--include-tags", "also show its tags")
    .option("--include-attributes", "also show its attributes")
    .action(
      async (
        value: string,
        options: { type?: string; includeTags?: boolean; includeAttributes?: boolean },
        command: Command,
      ) => {
        const context = host.context(command);
        const { handle } = openIndicator(await context.client(), value, options.type);
        const indicator = (await handle.get({ format: context.format })) as Record<string, unknown>;
        // Read from the sub-resources: every server answers them, not all honour includeTags on one item.
        if (options.includeTags === true)
          indicator.tag = await collectItems(handle.tags.list({ format: context.format }));
        if (options.includeAttributes === true)
          indicator.attribute = await collectItems(handle.attributes.list({ format: context.format }));
        context.output.result(indicator);
      },
    );

  addWriteOptions(
    INDICATOR.addAddressOptions(
      indicators.command("create").description("create an indicator").argument("<value>", "indicator value"),
    ),
  )
    .option("--tag <name>", "tag it (repeatable)", collect, [])
    .option("--description <text>", "set its Description attribute")
    .option("--no-validate", "send the value as typed, without client-side checks")
    .action(async (input: string, options: WriteOptions, command: Command) => {
      const context = host.context(command);
      const client = await context.client();
      const type = indicatorTypeFor(input, options.type);
      const validate = options.validate !== false;
      const value = validate ? checkIndicatorValue(type, input) : input;
      if (value !== input) context.output.note(`Normalised "${input}" to "${value}".`);

      const body = { ...valueFields(type, value), ...writeBody(options) };
      const created = validate
        ? await client.indicators.create({ type: type.name, ...body } as AnyIndicatorCreate)
        : // The raw call skips the typed client's checks, so the server's own verdict is what the user sees.
          unwrapEntity(
            await client.request("POST", "/v2/indicators/{type}", {
              params: { type: type.apiBranch },
              body,
              format: context.format,
            }),
          );

      const { handle } = openIndicator(client, value, type.name);
      for (const tag of options.tag ?? []) await handle.tags.add(tag);
      if (options.description !== undefined) {
        await handle.attributes.create({ type: "Description", value: options.description, displayed: true });
      }
      context.output.result(created);
    });

  addWriteOptions(
    INDICATOR.addAddressOptions(
      indicators
        .command("update")
        .description("change an indicator's rating, confidence or flags")
        .argument("<value>", "indicator value"),
    ),
  ).action(async (value: string, options: WriteOptions, command: Command) => {
    const context = host.context(command);
    const body = writeBody(options);
    if (Object.keys(body).length === 0) {
      throw new UsageError("Nothing to update: give --rating, --confidence, --dns-active or --whois-active.");
    }
    const { handle } = openIndicator(await context.client(), value, options.type);
    context.output.result(await handle.update(body));
  });

  INDICATOR.addAddressOptions(
    indicators.command("delete").description("delete an indicator").argument("<value>", "indicator value"),
  ).action(async (value: string, options: { type?: string }, command: Command) => {
    const context = host.context(command);
    const item = openIndicator(await context.client(), value, options.type);
    await item.handle.delete();
    context.output.note(`Deleted ${item.label}.`);
  });

  addIndicatorOnlyVerbs(indicators, host);
  addMetadataVerbs(indicators, INDICATOR, host);
}

function addIndicatorOnlyVerbs(indicators: Command, host: CommandHost): void {
  const verb = (name: string, description: string): Command =>
    INDICATOR.addAddressOptions(
      indicators.command(name).description(description).argument("<value>", "indicator value"),
    );

  verb("observations", "list observations of an indicator").action(
    async (value: string, options: { type?: string }, command: Command) => {
      const context = host.context(command);
      const { handle } = openIndicator(await context.client(), value, options.type);
      context.output.result(await collectItems(handle.observations.list({ format: context.format })), {
        columns: [field("count"), field("dateObserved", "observed")],
      });
    },
  );

  verb("observe", "report observations of an indicator")
    .option("--count <n>", "how many observations", "1")
    .action(async (value: string, options: { type?: string; count: string }, command: Command) => {
      const context = host.context(command);
      const count = parseNumberOption(options.count, "--count", 1, Number.MAX_SAFE_INTEGER, true);
      const item = openIndicator(await context.client(), value, options.type);
      await item.handle.observations.add(count);
      context.output.note(`Reported ${plural(count, "observation")} of ${item.label}.`);
    });

  verb("false-positive", "report an indicator as a false positive").action(
    async (value: string, options: { type?: string }, command: Command) => {
      const context = host.context(command);
      const { handle } = openIndicator(await context.client(), value, options.type);
      context.output.result(await handle.falsePositive());
    },
  );
}

function addWriteOptions(command: Command): Command {
  return command
    .option("--rating <0-5>", "threat rating")
    .option("--confidence <0-100>", "confidence")
    .option("--dns-active <true|false>", "hosts: DNS tracking")
    .option("--whois-active <true|false>", "hosts: WHOIS tracking");
}

function writeBody(options: WriteOptions): {
  rating?: number;
  confidence?: number;
  dnsActive?: boolean;
  whoisActive?: boolean;
} {
  return {
    ...(options.rating !== undefined && { rating: parseNumberOption(options.rating, "--rating", 0, 5) }),
    ...(options.confidence !== undefined && {
      confidence: parseNumberOption(options.confidence, "--confidence", 0, 100, true),
    }),
    ...(options.dnsActive !== undefined && { dnsActive: parseBoolean(options.dnsActive, "--dns-active") }),
    ...(options.whoisActive !== undefined && {
      whoisActive: parseBoolean(options.whoisActive, "--whois-active"),
    }),
  };
}

function parseBoolean(input: string, flag: string): boolean {
  if (input === "true" || input === "false") return input === "true";
  throw new UsageError(`${flag} must be true or false, not "${input}".`);
}
