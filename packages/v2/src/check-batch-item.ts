import {
  findIndicatorType,
  validateConfidence,
  validateGroupFields,
  validateIndicatorSummary,
  validateIndicatorValues,
  validateRating,
  type ValidationProblem,
} from "@tcapi/model";
import type { BatchItem, Section } from "./batch-items.js";

/**
 * Checks one batch item with the server's rules (API reference §12.3, §13) and returns a
 * message naming every problem, or undefined when it is fine. Types the model does not know
 * (custom types of an instance) are left to the server.
 * @internal
 */
export function checkBatchItem(section: Section, item: BatchItem): string | undefined {
  const value: unknown = item;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const shown = value === undefined ? "undefined" : (JSON.stringify(value) as string | undefined) ?? `a ${typeof value}`;
    return `A batch item must be an object such as { "type": "Host", "summary": "example.com" }, not ${shown}.`;
  }
  const problems = section === "indicator" ? indicatorProblems(item as Record<string, unknown>)
    : section === "group" ? groupProblems(item as Record<string, unknown>)
    : associationProblems(item as Record<string, unknown>);
  return problems.length === 0 ? undefined : problems.map((p) => p.message).join("; ");
}

function indicatorProblems(item: Record<string, unknown>): ValidationProblem[] {
  const type = item.type;
  if (typeof type !== "string" || type === "") {
    return [{ field: "type", rule: "required", message: "A batch indicator needs a \"type\" such as \"Host\"." }];
  }
  const problems: ValidationProblem[] = [];
  if (findIndicatorType(type) !== undefined) {
    const checked = typeof item.summary === "string" && !hasValueFields(type, item)
      ? validateIndicatorSummary(type, item.summary)
      : validateIndicatorValues(type, item);
    if (!checked.ok) problems.push(...checked.problems);
  }
  if (item.rating !== undefined) collect(problems, validateRating(item.rating));
  if (item.confidence !== undefined) collect(problems, validateConfidence(item.confidence));
  return problems;
}

function hasValueFields(type: string, item: Record<string, unknown>): boolean {
  const info = findIndicatorType(type);
  return info?.valueFields.some((key) => item[key] !== undefined) === true;
}

function groupProblems(item: Record<string, unknown>): ValidationProblem[] {
  const checked = validateGroupFields(String(item.type), item, "batch");
  return checked.ok ? [] : checked.problems;
}

function associationProblems(item: Record<string, unknown>): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const n of [1, 2]) {
    if (item[`ref_${n}`] === undefined && item[`id_${n}`] === undefined) {
      problems.push({ field: `ref_${n}`, rule: "required", message: `A batch association needs "ref_${n}" or "id_${n}".` });
    }
  }
  return problems;
}

function collect(problems: ValidationProblem[], result: { ok: true } | { ok: false; problems: ValidationProblem[] }): void {
  if (!result.ok) problems.push(...result.problems);
}
