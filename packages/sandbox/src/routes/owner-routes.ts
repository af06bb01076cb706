import { notFound } from "../http/api-error.js";
import { countFor, pageArray, readPage } from "../http/pagination.js";
import { itemReply, listReply } from "../http/reply.js";
import type { Router } from "../http/router.js";
import type { OwnerRecord } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { ownerMetrics } from "../store/owner-metrics.js";

/** §11.1: owners, the API user's organization and members, metrics, whoami. */
export function registerOwnerRoutes(router: Router): void {
  router.on("GET", "/v2/owners", (ctx) => {
    const page = readPage(ctx.query);
    const all = [...ctx.store.owners.values()].map(ownerView);
    const { items, total } = pageArray(all, page);
    return listReply("owner", items, countFor(page, total));
  });

  // Single owners carry resultCount 1 as in the documented examples (fixtures 187, 188).
  router.on("GET", "/v2/owners/mine", (ctx) => ({ status: 200, key: "owner", value: ownerView(mine(ctx.store)), resultCount: 1 }));

  router.on("GET", "/v2/owners/mine/members", (ctx) => {
    const users = ctx.store.users.map((u) => ({ userName: u.userName, firstName: u.firstName, lastName: u.lastName }));
    return listReply("user", users, undefined);
  });

  router.on("GET", "/v2/owners/metrics", (ctx) => {
    const rows = [...ctx.store.owners.values()].flatMap((o) => ownerMetrics(ctx.store, o.id, ctx.now()));
    return listReply("ownerMetric", rows, undefined);
  });

  router.on("GET", "/v2/owners/:id", (ctx) => ({ status: 200, key: "owner", value: ownerView(ownerById(ctx.store, ctx.param("id"))), resultCount: 1 }));

  router.on("GET", "/v2/owners/:id/metrics", (ctx) => {
    const owner = ownerById(ctx.store, ctx.param("id"));
    return listReply("ownerMetric", ownerMetrics(ctx.store, owner.id, ctx.now()), undefined);
  });

  router.on("GET", "/v2/whoami", (ctx) => itemReply("user", { ...ctx.store.apiUser }));
}

function ownerView(owner: OwnerRecord): OwnerRecord {
  return { id: owner.id, name: owner.name, type: owner.type };
}

function mine(store: Store): OwnerRecord {
  const org = store.owners.get(store.organizationId);
  if (!org) throw notFound();
  return org;
}

function ownerById(store: Store, text: string): OwnerRecord {
  const owner = /^\d+$/.test(text) ? store.owners.get(Number(text)) : undefined;
  if (!owner) throw notFound();
  return owner;
}
