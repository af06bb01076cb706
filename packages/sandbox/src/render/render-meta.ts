import type { AttributeRecord, LabelRecord, TagRecord } from "../store/entities.js";
import { tagLink } from "./web-link.js";

export function renderAttribute(attribute: AttributeRecord, includeAdditional: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: attribute.id,
    type: attribute.type,
    dateAdded: attribute.dateAdded,
    lastModified: attribute.lastModified,
    displayed: attribute.displayed,
    value: attribute.value,
  };
  if (attribute.source !== undefined) out.source = attribute.source;
  if (includeAdditional) out.xid = `attribute:${attribute.id}`;
  return out;
}

export function renderTag(tag: TagRecord, owner: string, withDescription: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { name: tag.name };
  if (withDescription && tag.description !== undefined) out.description = tag.description;
  out.webLink = tagLink(tag.name, owner);
  return out;
}

export function renderLabel(label: LabelRecord): Record<string, unknown> {
  return { name: label.name, description: label.description, dateAdded: label.dateAdded };
}
