import { badRequest, notFound } from "../http/api-error.js";
import { optDate, optEnum, optString } from "../http/body-fields.js";
import type { FilterFields } from "../http/filters.js";
import { readFilters } from "../http/filters.js";
import { readIncludes } from "../http/includes.js";
import { countFor, pageOf, readPage } from "../http/pagination.js";
import { itemReply, listReply, okReply } from "../http/reply.js";
import type { RequestContext } from "../http/request-context.js";
import type { Router } from "../http/router.js";
import { renderTask, renderUser } from "../render/render-task-victim.js";
import type { TaskRecord } from "../store/entities.js";
import { deleteTask, insertTask, newMeta } from "../store/items.js";

export const TASK_STATUSES = ["Not Started", "In Progress", "Completed", "Waiting on Someone", "Deferred"];

/** §11.12: tasks with assignees and escalatees. */
export function registerTaskRoutes(router: Router): void {
  router.on("GET", "/v2/tasks", (ctx) => {
    const owner = ctx.owner();
    const page = readPage(ctx.query);
    const filters = readFilters(ctx.query, TASK_FILTERS);
    const { items, total } = pageOf(ctx.store.taskIndex.all(`${owner.id}`), (id) => ctx.store.tasks.get(id), page, filters?.keep);
    const inc = readIncludes(ctx.query);
    const view = { single: false, includeTags: inc.tags, includeAttributes: inc.attributes };
    return listReply("task", items.map((t) => renderTask(ctx.store, t, view)), countFor(page, total));
  });

  router.on("GET", "/v2/tasks/:tid", (ctx) => itemReply("task", renderTask(ctx.store, taskFromPath(ctx), single(ctx))));

  router.on("POST", "/v2/tasks", async (ctx) => {
    const owner = ctx.owner();
    const body = await ctx.json();
    const name = optString(body, "name", 255);
    if (name === undefined || name.trim() === "") throw badRequest("The name field is required");
    const patch = readTaskPatch(ctx, body);
    const at = ctx.stamp();
    const task: TaskRecord = {
      id: ctx.store.nextId(), ownerId: owner.id, name, status: "Not Started", escalated: false, reminded: false, overdue: false,
      assignees: [], escalatees: [], dateAdded: at, lastModified: at, ...newMeta(),
    };
    Object.assign(task, patch);
    insertTask(ctx.store, task);
    return itemReply("task", renderTask(ctx.store, task, single(ctx)), 201);
  });

  router.on("PUT", "/v2/tasks/:tid", async (ctx) => {
    const task = taskFromPath(ctx);
    const body = await ctx.json();
    const name = optString(body, "name", 255);
    if (name?.trim() === "") throw badRequest("The name field cannot be empty");
    const patch = readTaskPatch(ctx, body);
    Object.assign(task, patch);
    if (name !== undefined) task.name = name;
    task.lastModified = ctx.stamp();
    return itemReply("task", renderTask(ctx.store, task, single(ctx)));
  });

  router.on("DELETE", "/v2/tasks/:tid", (ctx) => {
    deleteTask(ctx.store, taskFromPath(ctx));
    return okReply();
  });

  for (const [segment, field] of [["assignees", "assignees"], ["escalatees", "escalatees"]] as const) {
    router.on("GET", `/v2/tasks/:tid/${segment}`, (ctx) => {
      const users = taskFromPath(ctx)[field].map((u) => renderUser(ctx.store, u));
      return listReply("user", users, users.length);
    });
    router.on("GET", `/v2/tasks/:tid/${segment}/:user`, (ctx) => {
      const name = taskFromPath(ctx)[field].find((u) => u.toLowerCase() === ctx.param("user").toLowerCase());
      if (name === undefined) throw notFound();
      return itemReply("user", renderUser(ctx.store, name));
    });
    router.on("POST", `/v2/tasks/:tid/${segment}/:user`, (ctx) => {
      const task = taskFromPath(ctx);
      const userName = knownUser(ctx, ctx.param("user"));
      if (!task[field].includes(userName)) task[field].push(userName);
      return itemReply("user", renderUser(ctx.store, userName));
    });
    router.on("DELETE", `/v2/tasks/:tid/${segment}/:user`, (ctx) => {
      const task = taskFromPath(ctx);
      const before = task[field].length;
      task[field] = task[field].filter((u) => u.toLowerCase() !== ctx.param("user").toLowerCase());
      if (task[field].length === before) throw notFound();
      return okReply();
    });
  }
}

const TASK_FILTERS: FilterFields<TaskRecord> = {
  name: { kind: "string", ops: "=^", read: (t) => t.name },
  dateAdded: { kind: "date", ops: "<>", read: (t) => t.dateAdded },
  status: { kind: "string", ops: "=!", read: (t) => t.status },
  assignee: { kind: "string", ops: "=", read: (t) => t.assignees[0] },
  escalatee: { kind: "string", ops: "=", read: (t) => t.escalatees[0] },
  overdue: { kind: "boolean", ops: "=", read: (t) => t.overdue },
  escalated: { kind: "boolean", ops: "=", read: (t) => t.escalated },
  reminded: { kind: "boolean", ops: "=", read: (t) => t.reminded },
  dueDate: { kind: "date", ops: "<>", read: (t) => t.dueDate },
};

export function taskFromPath(ctx: RequestContext, param = "tid"): TaskRecord {
  const task = ctx.store.tasks.get(Number(ctx.param(param)));
  if (!task) throw notFound();
  return task;
}

function single(ctx: RequestContext) {
  const inc = readIncludes(ctx.query);
  return { single: true, includeTags: inc.tags, includeAttributes: inc.attributes };
}

function knownUser(ctx: RequestContext, userName: string): string {
  const user = ctx.store.users.find((u) => u.userName.toLowerCase() === userName.toLowerCase());
  if (!user) throw badRequest(`The user "${userName}" is not a member of the organization; see GET /v2/owners/mine/members`);
  return user.userName;
}

/** Assignees come as `[{"userName": …}]` on create and `{"userName": […]}` in the update table (§14.10). */
function readUsers(ctx: RequestContext, body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const names: unknown[] = Array.isArray(value)
    ? value.map((v: unknown) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>).userName : v))
    : typeof value === "object" ? ([] as unknown[]).concat((value as Record<string, unknown>).userName) : [value];
  if (!names.every((n) => typeof n === "string")) throw badRequest(`The ${field} field must be a list of {"userName": …} objects`);
  return (names).map((n) => knownUser(ctx, n));
}

function readTaskPatch(ctx: RequestContext, body: Record<string, unknown>): Partial<TaskRecord> {
  const patch: Partial<TaskRecord> = {};
  const description = optString(body, "description");
  const status = optEnum(body, "status", TASK_STATUSES);
  const dueDate = optDate(body, "dueDate");
  const reminderDate = optDate(body, "reminderDate");
  const escalationDate = optDate(body, "escalationDate");
  const assignees = readUsers(ctx, body, "assignee");
  const escalatees = readUsers(ctx, body, "escalatee");
  if (description !== undefined) patch.description = description;
  if (status !== undefined) patch.status = status;
  if (dueDate !== undefined) patch.dueDate = dueDate;
  if (reminderDate !== undefined) patch.reminderDate = reminderDate;
  if (escalationDate !== undefined) patch.escalationDate = escalationDate;
  if (assignees !== undefined) patch.assignees = assignees;
  if (escalatees !== undefined) patch.escalatees = escalatees;
  return patch;
}
