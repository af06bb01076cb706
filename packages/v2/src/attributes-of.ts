import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type { Attribute } from "./entities.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import { securityLabelsOf, type SecurityLabelsResource } from "./security-labels-of.js";
import { checkId } from "./validate.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** Body of a new attribute (API reference §11.14). @public */
export interface AttributeCreate {
  /** Attribute type name, e.g. `"Description"`, `"Source"`. */
  type: string;
  value: string;
  /** Only meaningful for Source and Description. */
  displayed?: boolean;
  source?: string;
}

/** Changes to an attribute. @public */
export interface AttributeUpdate {
  value: string;
  displayed?: boolean;
  source?: string;
}

/** The attributes of one indicator, group, task or victim. @public */
export interface AttributesResource {
  list(options?: ListOptions): AsyncIterable<Attribute>;
  get(id: number | string, options?: ReadOptions): Promise<Attribute>;
  create(attribute: AttributeCreate, options?: WriteOptions): Promise<Attribute>;
  update(id: number | string, changes: AttributeUpdate, options?: WriteOptions): Promise<Attribute>;
  delete(id: number | string, options?: WriteOptions): Promise<void>;
  /** The security labels of one attribute. */
  securityLabels(id: number | string): SecurityLabelsResource;
}

/** @internal */
export function attributesOf(ctx: Context, base: Base): AttributesResource {
  const one = (id: number | string): Base => ({
    template: `${base.template}/attributes/{attributeId}`,
    params: { ...base.params, attributeId: checkId("attributeId", id) },
    owner: base.owner,
  });

  return {
    list: (options = {}) =>
      readList<Attribute>(ctx, at(base, "GET", "/attributes", listInput(options)), "attribute", options),
    get: (id, options = {}) => readEntity<Attribute>(ctx, at(one(id), "GET", "", readInput(options)), "attribute"),
    create: (attribute, options = {}) => {
      checkAttribute(attribute.type, attribute.value);
      return readEntity<Attribute>(ctx, at(base, "POST", "/attributes", writeInput(options, attribute)), "attribute");
    },
    update: (id, changes, options = {}) => {
      checkAttribute("value", changes.value);
      return readEntity<Attribute>(ctx, at(one(id), "PUT", "", writeInput(options, changes)), "attribute");
    },
    delete: (id, options = {}) => send(ctx, at(one(id), "DELETE", "", writeInput(options))),
    securityLabels: (id) => securityLabelsOf(ctx, one(id)),
  };
}

function checkAttribute(type: unknown, value: unknown): void {
  if (typeof type !== "string" || type.trim() === "") {
    fail("type", "required", "The attribute type is empty; pass a type name such as \"Description\".");
  }
  if (typeof value !== "string" || value === "") {
    fail("value", "required", "This attribute requires a value; pass a non-empty string.");
  }
}
