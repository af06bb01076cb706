import type { Command } from "commander";
import { collect } from "./collect.js";

/** Adds the options every `list` shares: filters, limit, all, and embedded tags/attributes. */
export function addListOptions(command: Command): Command {
  return command
    .option(
      "-f, --filter <expr>",
      "server-side filter such as rating>3 or summary^evil (repeatable)",
      collect,
      [],
    )
    .option("--or", "match any filter instead of all")
    .option("--limit <n>", "show at most n items (default 100)")
    .option("--all", "show every item, paging as needed")
    .option("--include-tags", "embed each item's tags")
    .option("--include-attributes", "embed each item's attributes");
}
