import type { GroupKind } from "../catalog/group-catalog.js";
import { EVENT_STATUSES, INCIDENT_STATUSES, SIGNATURE_FILE_TYPES } from "../catalog/group-catalog.js";
import { badRequest } from "../http/api-error.js";
import { optBool, optDate, optEnum, optString } from "../http/body-fields.js";

const NAME_MAX = 100;

/** Validate a group body for create (all required fields) or update (only what is sent). */
export function readGroupInput(kind: GroupKind, body: Record<string, unknown>, creating: boolean): { name?: string; fields: Record<string, unknown> } {
  const name = optString(body, "name", NAME_MAX);
  if (creating && (name === undefined || name.trim() === "")) throw badRequest("The name field is required (1-100 characters)");
  if (name?.trim() === "") throw badRequest("The name field cannot be empty");

  const fields: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const value = readField(kind, field, body);
    if (value !== undefined) fields[field] = value;
  }

  // Signatures need fileName and fileType on update too (§11.7).
  const required = creating ? kind.required : kind.name === "Signature" ? ["fileName", "fileType"] : [];
  for (const field of required) {
    if (fields[field] === undefined || fields[field] === "") throw badRequest(`The ${field} field is required for a ${kind.name}`);
  }
  if (fields.malware === true && (typeof fields.password !== "string" || fields.password === "")) {
    throw badRequest("The password field is required when malware is true (upload a password-protected zip)");
  }
  return name === undefined ? { fields } : { name, fields };
}

function readField(kind: GroupKind, field: string, body: Record<string, unknown>): unknown {
  switch (field) {
    case "malware":
      return optBool(body, field);
    case "eventDate":
    case "firstSeen":
    case "publishDate":
      return optDate(body, field);
    case "status":
      return optEnum(body, field, kind.name === "Incident" ? INCIDENT_STATUSES : EVENT_STATUSES);
    case "fileType":
      return optEnum(body, field, SIGNATURE_FILE_TYPES);
    default:
      return optString(body, field);
  }
}
