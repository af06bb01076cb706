import { parseId, splitTyped } from "../client/parse-id.js";
import { groupType, indicatorType } from "../client/resolve-types.js";
import { UsageError } from "../errors/cli-error.js";
import type { ResolvedItem } from "./target-kind.js";

/** The "other item" options of `associate` and `dissociate`. */
export interface AssociateOptions {
  group?: string;
  indicator?: string;
  association?: string;
  victim?: string;
  task?: string;
}

/**
 * Creates or removes the link between an item and the one the options name, and returns
 * how to name that other item. Links the API cannot make directly are usage errors.
 */
export async function linkItem(
  item: ResolvedItem,
  options: AssociateOptions,
  noun: string,
  add: boolean,
): Promise<string> {
  const given = [options.group, options.indicator, options.victim, options.task].filter(
    (value) => value !== undefined,
  );
  if (given.length !== 1) {
    throw new UsageError(
      `Name exactly one item to link the ${noun} with: --group, --indicator, --victim or --task.`,
    );
  }

  const cannot = (other: string, hint = ""): UsageError =>
    new UsageError(`The v2 API cannot ${add ? "link" : "unlink"} a ${noun} and ${other} directly${hint}.`);
  const { handle } = item;

  if (options.group !== undefined) {
    const [type, id] = splitTyped(options.group, "--group", "incident:123");
    const method = add ? handle.groups.add : handle.groups.remove;
    if (method === undefined) throw cannot("a group");
    await method(groupType(type).name, parseId(id, "group"));
    return `${groupType(type).name} ${id}`;
  }

  if (options.indicator !== undefined) {
    const [type, value] = splitTyped(options.indicator, "--indicator", "host:example.com");
    const name = indicatorType(type).name;
    const links =
      options.association === undefined ? handle.indicators : handle.associations?.(options.association);
    const method = add ? links?.add : links?.remove;
    if (method === undefined) {
      throw cannot(
        "an indicator",
        handle.associations === undefined
          ? ""
          : "; name the association type with --association, e.g. urlHost",
      );
    }
    await method(name, value);
    return `${name} ${value}`;
  }

  const [what, links, id] =
    options.victim !== undefined
      ? (["victim", handle.victims, options.victim] as const)
      : (["task", handle.tasks, options.task ?? ""] as const);
  const method = add ? links?.add : links?.remove;
  if (method === undefined) throw cannot(`a ${what}`);
  await method(parseId(id, what));
  return `${what} ${id}`;
}
