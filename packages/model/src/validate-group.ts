/** Validation of group create/update bodies and batch group objects (reference §11.7, §12.3). */

import type { GroupFieldInfo, GroupTypeInfo } from "./group-types.js";
import { GROUP_TYPES, findGroupType } from "./group-types.js";
import { validateGroupName } from "./validate-fields.js";
import { describeValue, quote } from "./validation-problem.js";
import type { ValidationProblem, Validated } from "./validation-problem.js";
import { capitalise, withArticle } from "./with-article.js";

/** Which rule set applies: REST create, REST update, or a V2 batch group object. @public */
export type GroupValidationMode = "create" | "update" | "batch";

function isRequired(field: GroupFieldInfo, mode: GroupValidationMode): boolean {
  if (mode === "create") return field.requiredOnCreate;
  if (mode === "update") return field.requiredOnUpdate;
  return field.requiredInBatch;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function checkField(type: GroupTypeInfo, field: GroupFieldInfo, value: unknown): ValidationProblem | undefined {
  const where = `${type.name} ${quote(field.name)}`;
  if (field.kind === "boolean") {
    if (typeof value === "boolean" || value === "true" || value === "false") return undefined;
    return { field: field.name, rule: "type", message: `${where} must be true or false, not ${describeValue(value)}` };
  }
  if (typeof value !== "string") {
    return { field: field.name, rule: "type", message: `${where} must be a string, not ${describeValue(value)}` };
  }
  if (field.kind === "enum" && field.values !== undefined && !field.values.includes(value)) {
    return { field: field.name, rule: "enum", message: `${quote(value)} is not a valid ${where}: use one of ${field.values.join(", ")}` };
  }
  return undefined;
}

/**
 * Validates the type-specific fields and the name of a group body. Unknown keys are ignored
 * (the API ignores them too). Rules: `name` 1–100 characters (required on create and in batch,
 * and on update for signatures); required fields by mode per the group type registry; enum
 * fields (`status`, `eventType`, `fileType`) from their lists; a malware document needs a
 * `password`; batch objects need an `xid`.
 * @public
 */
export function validateGroupFields(
  type: GroupTypeInfo | string,
  body: Readonly<Record<string, unknown>>,
  mode: GroupValidationMode,
): Validated<Record<string, unknown>> {
  const info = typeof type === "string" ? findGroupType(type) : type;
  if (info === undefined) {
    const names = GROUP_TYPES.map((g) => g.name).join(", ");
    return { ok: false, problems: [{ field: "type", rule: "unknown-type", message: `${describeValue(type)} is not a known group type: use one of ${names}` }] };
  }

  const problems: ValidationProblem[] = [];
  const nameRequired = mode !== "update" || info.name === "Signature";
  if (body.name !== undefined || nameRequired) {
    const name = validateGroupName(body.name);
    if (!name.ok) problems.push(...name.problems);
  }
  if (mode === "batch" && isAbsent(body.xid)) {
    problems.push({ field: "xid", rule: "required", message: `A batch ${info.name} needs an "xid" (a unique external id) so associations can refer to it` });
  }

  for (const field of info.fields) {
    if (field.batchOnly === true && mode !== "batch") continue;
    const value = body[field.name];
    if (isAbsent(value)) {
      if (isRequired(field, mode)) {
        problems.push({ field: field.name, rule: "required", message: `${capitalise(withArticle(info.name))} needs ${quote(field.name)}: add it to the request` });
      }
      continue;
    }
    const problem = checkField(info, field, value);
    if (problem !== undefined) problems.push(problem);
  }

  const malware = body.malware === true || body.malware === "true";
  if (info.name === "Document" && malware && mode !== "update" && isAbsent(body.password)) {
    problems.push({ field: "password", rule: "required", message: 'A malware Document needs the "password" of its password-protected zip' });
  }
  return problems.length === 0 ? { ok: true, value: { ...body } } : { ok: false, problems };
}
