import { badRequest } from "./api-error.js";

/** Readers for optional body fields; each throws a 400 naming the field and the rule. */

export function optString(body: Record<string, unknown>, field: string, max?: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw badRequest(`The ${field} field must be a string`);
  if (max !== undefined && value.length > max) throw badRequest(`The ${field} field must be at most ${max} characters long`);
  return value;
}

export function reqString(body: Record<string, unknown>, field: string, max?: number): string {
  const value = optString(body, field, max);
  if (value === undefined || value.trim() === "") throw badRequest(`The ${field} field is required`);
  return value;
}

/** Booleans may arrive as true/false or "true"/"false" (§4.3 privateFlag). */
export function optBool(body: Record<string, unknown>, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  throw badRequest(`The ${field} field must be true or false`);
}

export function optNumber(body: Record<string, unknown>, field: string, min: number, max: number, integer: boolean): number | undefined {
  const raw = body[field];
  if (raw === undefined || raw === null || raw === "") return undefined;
  const value = typeof raw === "string" ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw badRequest(`The ${field} field must be ${integer ? "an integer" : "a number"} between ${min} and ${max}`);
  }
  return value;
}

export function optEnum(body: Record<string, unknown>, field: string, allowed: readonly string[]): string | undefined {
  const value = optString(body, field);
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (match === undefined) throw badRequest(`The ${field} field must be one of: ${allowed.join(", ")}`);
  return match;
}

/** ISO-8601-ish dates; the value is kept as sent, like the real API echoes it (fixture 047). */
export function optDate(body: Record<string, unknown>, field: string): string | undefined {
  const value = optString(body, field);
  if (value === undefined) return undefined;
  const normal = value.replace(/^(\d{4})-(\d)-/, "$1-0$2-").replace(/^(\d{4}-\d{2})-(\d)T/, "$1-0$2T");
  if (Number.isNaN(Date.parse(normal))) throw badRequest(`The ${field} field must be an ISO-8601 date such as 2017-07-13T00:00:00Z`);
  return value;
}
