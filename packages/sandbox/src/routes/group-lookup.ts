import type { GroupKind } from "../catalog/group-catalog.js";
import { findGroupKind, GROUP_KINDS } from "../catalog/group-catalog.js";
import { badRequest, notFound } from "../http/api-error.js";
import type { RequestContext } from "../http/request-context.js";
import type { GroupRecord } from "../store/entities.js";

export function groupKindOrThrow(branch: string): GroupKind {
  const kind = findGroupKind(branch);
  if (!kind) throw badRequest(`Unknown group type "${branch}"; use one of ${GROUP_KINDS.map((k) => k.branch).join(", ")}`);
  return kind;
}

/** The group `:gbranch/:gid` (id, or XID for documents and reports as [TCEX] does), or a 404. */
export function groupFromPath(ctx: RequestContext, branchParam = "gbranch", idParam = "gid"): { kind: GroupKind; group: GroupRecord } {
  const kind = groupKindOrThrow(ctx.param(branchParam));
  const text = ctx.param(idParam);
  const id = /^\d+$/.test(text) ? Number(text) : ctx.store.groupXids.get(text);
  const group = id === undefined ? undefined : ctx.store.groups.get(id);
  if (group?.type !== kind.name) throw notFound();
  return { kind, group };
}
