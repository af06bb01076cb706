import { findVictimAssetType, VICTIM_ASSET_TYPES, withArticle, type VictimAssetTypeInfo } from "@tcapi/model";
import type { VictimAssetFields, VictimAssetType } from "@tcapi/v2";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { collectItems } from "../client/collect-items.js";
import { parseId } from "../client/parse-id.js";
import { UsageError } from "../errors/cli-error.js";
import { field } from "../output/table-view.js";
import { collect } from "./collect.js";
import { parseFields } from "./field-options.js";

/**
 * `tcapi victims assets|add-asset|remove-asset`: a victim's email addresses, accounts, phones
 * and web sites (API reference §10.3, §11.13). A victim needs one before it can be associated.
 */
export function addVictimAssetVerbs(victims: Command, host: CommandHost): void {
  victims
    .command("assets")
    .description("list a victim's assets")
    .argument("<id>", "victim id")
    .action(async (id: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const handle = (await context.client()).victims.at(parseId(id, "victim"));
      context.output.result(await collectItems(handle.assets.list({ format: context.format })), {
        columns: [field("id"), field("type"), field("name")],
      });
    });

  victims
    .command("add-asset")
    .description(`add an asset to a victim (${VICTIM_ASSET_TYPES.map((type) => type.apiBranch).join(", ")})`)
    .argument("<id>", "victim id")
    .argument("<assetType>", "asset type, e.g. emailAddresses or EmailAddress")
    .option("--field <name=value>", "an asset field, e.g. address=cfo@example.com (repeatable)", collect, [])
    .action(async (id: string, typeInput: string, options: { field: string[] }, command: Command) => {
      const context = host.context(command);
      const type = assetType(typeInput);
      const fields = parseFields(options.field);
      const missing = type.fields.filter((known) => known.required && fields[known.name] === undefined);
      if (missing.length > 0) {
        const example = missing.map((known) => `--field ${known.name}=...`).join(" ");
        throw new UsageError(
          `Add ${example}: ${withArticle(type.type)} asset needs ${missing.map((known) => known.name).join(", ")}.`,
        );
      }
      const handle = (await context.client()).victims.at(parseId(id, "victim"));
      const branch = type.apiBranch as VictimAssetType;
      context.output.result(
        await handle.assets.create(branch, fields as unknown as VictimAssetFields[typeof branch]),
      );
    });

  victims
    .command("remove-asset")
    .description("delete one of a victim's assets")
    .argument("<id>", "victim id")
    .argument("<assetType>", "asset type, e.g. emailAddresses")
    .argument("<assetId>", "asset id (see `assets`)")
    .action(async (id: string, typeInput: string, assetId: string, _options: unknown, command: Command) => {
      const context = host.context(command);
      const handle = (await context.client()).victims.at(parseId(id, "victim"));
      await handle.assets.delete(
        assetType(typeInput).apiBranch as VictimAssetType,
        parseId(assetId, "asset"),
      );
      context.output.note(`Deleted asset ${assetId} of victim ${id}.`);
    });
}

function assetType(input: string): VictimAssetTypeInfo {
  const type = findVictimAssetType(input);
  if (type === undefined) {
    const names = VICTIM_ASSET_TYPES.map((known) => known.apiBranch).join(", ");
    throw new UsageError(`Unknown victim asset type "${input}": use one of ${names}.`);
  }
  return type;
}
