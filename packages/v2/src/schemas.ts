import * as entitySchemas from "./entity-schemas.js";

/**
 * The runtime schema of every entity, by name: `checkSchema(schemas.hostSchema, value)`.
 * Spread from the module so a schema added to `entity-schemas.ts` is listed here without a
 * second hand-kept list.
 * @public
 */
export const schemas = { ...entitySchemas } as const;
