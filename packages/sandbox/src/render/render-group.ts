import { findGroupKind } from "../catalog/group-catalog.js";
import type { GroupRecord } from "../store/entities.js";
import { ownerName, ownerRef } from "../store/owners.js";
import type { Store } from "../store/store.js";
import { renderAttribute, renderTag } from "./render-meta.js";
import { groupLink } from "./web-link.js";

export interface GroupView { single: boolean; typed: boolean; includeTags: boolean; includeAttributes: boolean; includeAdditional: boolean }

/** A group in the documented shape (fixtures 047, 074, 080, 081, 290, 291). */
export function renderGroup(store: Store, group: GroupRecord, view: GroupView): Record<string, unknown> {
  const kind = findGroupKind(group.type);
  const entity = kind?.entity ?? "group";
  const out: Record<string, unknown> = { id: group.id, name: group.name };

  if (!view.typed) out.type = group.type;
  if (view.single) out.owner = ownerRef(store, group.ownerId);
  else out.ownerName = ownerName(store, group.ownerId);
  if (view.includeAdditional) out.createdBy = `${store.apiUser.firstName} ${store.apiUser.lastName}`;
  out.dateAdded = group.dateAdded;
  out.lastModified = group.lastModified;
  out.webLink = groupLink(entity, group.id);

  if (view.includeAdditional) {
    out.xid = group.xid;
    out.communityOrSource = false;
    out.additionalOwners = [];
  }
  if (view.typed || view.single) addTypeFields(out, group);
  if (view.includeAttributes) out.attribute = group.attributes.map((id) => store.attributes.get(id)).filter((a) => a !== undefined).map((a) => renderAttribute(a, false));
  if (view.includeTags) {
    const owner = ownerName(store, group.ownerId);
    out.tag = [...group.tags].map((key) => store.tags.get(key)).filter((t) => t !== undefined).map((t) => renderTag(t, owner, true));
  }
  return out;
}

function addTypeFields(out: Record<string, unknown>, group: GroupRecord): void {
  for (const [key, value] of Object.entries(group.fields)) {
    // The password of a malware document is write-only.
    if (key === "password" || value === undefined) continue;
    out[key] = value;
  }
  if (group.type === "Document" || group.type === "Report") {
    if (group.content) out.fileSize = group.content.byteLength;
    out.status = group.content ? "Success" : "Awaiting Upload";
  }
  if (group.type === "Email") out.score = 0;
}
