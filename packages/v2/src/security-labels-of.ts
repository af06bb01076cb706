import { at, listInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { SecurityLabel } from "./entities.js";
import type { ListOptions } from "./list-options.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** The security labels of one item; labels must already exist (API reference §11.11). @public */
export interface SecurityLabelsResource {
  list(options?: ListOptions): AsyncIterable<SecurityLabel>;
  add(label: string, options?: WriteOptions): Promise<void>;
  remove(label: string, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function securityLabelsOf(ctx: Context, base: Base): SecurityLabelsResource {
  const one = (method: "POST" | "DELETE", label: string, options: WriteOptions) =>
    send(ctx, at(base, method, "/securityLabels/{label}", { ...writeInput(options), params: { label: checkLabel(label) } }));

  return {
    list: (options = {}) =>
      readList<SecurityLabel>(ctx, at(base, "GET", "/securityLabels", listInput(options)), "securityLabel", options),
    add: (label, options = {}) => one("POST", label, options),
    remove: (label, options = {}) => one("DELETE", label, options),
  };
}

/** @internal */
export function checkLabel(label: string): string {
  if (typeof label !== "string" || label.trim() === "") {
    fail("label", "required", "The security label name is empty; pass an existing label such as \"TLP:AMBER\".");
  }
  return label;
}
