import { validateGroupFields, type GroupValidationMode } from "@tcapi/model";
import type { GroupTypeName } from "./entities.js";
import { unwrap } from "./validate.js";

/** Checks a group body with the server's rules for `mode` (API reference §11.7, §13). @internal */
export function checkGroupChanges(type: GroupTypeName, body: Record<string, unknown>, mode: GroupValidationMode): void {
  unwrap(validateGroupFields(type, body, mode));
}
