import type {
  AttributesResource,
  Client,
  GroupLinks,
  IdLinks,
  IndicatorLinks,
  SecurityLabelsResource,
  TagsResource,
} from "@tcapi/v2";
import type { Command } from "commander";

/** Association kinds an item may list (API reference §11.5, §11.9, §11.12, §11.13). */
export type AssociationKind = "groups" | "indicators" | "victims" | "tasks";

/** A listing of associated items; `add`/`remove` only where the API can create the link. */
interface Links<Add extends unknown[]> {
  list(options?: { format?: "json" | "xml" }): AsyncIterable<unknown>;
  add?: (...args: Add) => Promise<void>;
  remove?: (...args: Add) => Promise<void>;
}

/**
 * What every addressable item of the typed client offers: tags, labels, attributes and links.
 * Indicator, group, victim and task handles of @tcapi/v2 all fit this shape.
 */
export interface ItemHandle {
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: Links<Parameters<GroupLinks["add"]>>;
  readonly indicators: Links<Parameters<IndicatorLinks["add"]>>;
  readonly victims?: Links<Parameters<IdLinks<unknown>["add"]>>;
  readonly tasks?: Links<Parameters<IdLinks<unknown>["add"]>>;
  /** Indicator-to-indicator links of one association type (indicators only). */
  associations?: (association: string) => IndicatorLinks;
}

/** One resolved item: how to name it and its handle in the typed client. */
export interface ResolvedItem {
  label: string;
  handle: ItemHandle;
}

/** How one resource family names and addresses its items on the command line. */
export interface TargetKind {
  /** Singular noun for help and messages, e.g. "indicator". */
  noun: string;
  /** The positional argument, e.g. "<value>" or "<id>". */
  argument: string;
  /** Adds the options the address needs (such as --type) to a command. */
  addAddressOptions(command: Command): Command;
  /** Finds the item's handle from the positional argument and the command's options. */
  resolve(argument: string, options: { type?: string }, client: Client): ResolvedItem;
  associations: readonly AssociationKind[];
}
