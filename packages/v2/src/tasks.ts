import { TASK_STATUSES, validateEnum } from "@tcapi/model";
import type { AttributesResource } from "./attributes-of.js";
import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import { endpoint } from "./endpoint.js";
import type { Task, User } from "./entities.js";
import type { TaskFilterField } from "./filters.js";
import type { GroupLinks } from "./group-links.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import { itemResources } from "./item-resources.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { SecurityLabelsResource } from "./security-labels-of.js";
import type { TagsResource } from "./tags-of.js";
import { checkId, unwrap } from "./validate.js";
import { fail } from "./validation-error.js";
import { victimAssetLinks, type VictimAssetLinks } from "./victim-asset-links.js";
import { taskLinks, victimLinks, type TaskLinks, type VictimLinks } from "./victim-links.js";
import type { WriteOptions } from "./write-options.js";

/** Body of a new task (API reference §11.12). @public */
export interface TaskCreate {
  name: string;
  assignee?: { userName: string }[];
  escalatee?: { userName: string }[];
  dueDate?: string;
  escalationDate?: string;
  reminderDate?: string;
  description?: string;
}

/** Changes to a task. @public */
export interface TaskUpdate extends Partial<TaskCreate> {
  /** One of `Not Started`, `In Progress`, `Completed`, `Waiting on Someone`, `Deferred`. */
  status?: string;
}

/** Users assigned to, or escalated on, a task. @public */
export interface TaskUsers {
  list(options?: ListOptions): AsyncIterable<User>;
  get(user: string | number, options?: ReadOptions): Promise<User>;
  add(user: string | number, options?: WriteOptions): Promise<void>;
  remove(user: string | number, options?: WriteOptions): Promise<void>;
}

/** One task and everything that hangs off it. @public */
export interface TaskHandle {
  readonly id: number | string;
  get(options?: ReadOptions): Promise<Task>;
  update(changes: TaskUpdate, options?: WriteOptions): Promise<Task>;
  delete(options?: WriteOptions): Promise<void>;
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: GroupLinks;
  readonly indicators: Omit<IndicatorLinks, "get">;
  readonly victimAssets: VictimAssetLinks;
  readonly victims: VictimLinks;
  readonly tasks: Pick<TaskLinks, "list" | "get">;
  readonly assignees: TaskUsers;
  readonly escalatees: TaskUsers;
}

/** `client.tasks` (API reference §11.12). @public */
export interface TasksResource {
  list(options?: ListOptions<TaskFilterField>): AsyncIterable<Task>;
  get(id: number | string, options?: ReadOptions): Promise<Task>;
  create(body: TaskCreate, options?: WriteOptions): Promise<Task>;
  update(id: number | string, changes: TaskUpdate, options?: WriteOptions): Promise<Task>;
  delete(id: number | string, options?: WriteOptions): Promise<void>;
  at(id: number | string, options?: { owner?: string }): TaskHandle;
}

/** @internal */
export function createTasks(ctx: Context): TasksResource {
  const handle = (id: number | string, owner?: string) => taskHandle(ctx, id, owner);
  return {
    list: (options = {}) => readList<Task>(ctx, endpoint("GET /v2/tasks", listInput(options)), "task", options),
    get: (id, options = {}) => handle(id, options.owner).get(options),
    create: (body, options = {}) => {
      checkTask(body, true);
      return readEntity<Task>(ctx, endpoint("POST /v2/tasks", writeInput(options, body)), "task");
    },
    update: (id, changes, options = {}) => handle(id, options.owner).update(changes, options),
    delete: (id, options = {}) => handle(id, options.owner).delete(options),
    at: (id, options = {}) => handle(id, options.owner),
  };
}

function taskHandle(ctx: Context, id: number | string, owner?: string): TaskHandle {
  const taskId = checkId("taskId", id);
  const base: Base = { template: "/v2/tasks/{taskId}", params: { taskId }, owner: owner ?? null };
  const indicators = indicatorLinks(ctx, base);
  const tasks = taskLinks(ctx, base);

  return {
    id: taskId,
    get: (options = {}) => readEntity<Task>(ctx, at(base, "GET", "", readInput(options)), "task"),
    update: (changes, options = {}) => {
      checkTask(changes, false);
      return readEntity<Task>(ctx, at(base, "PUT", "", writeInput(options, changes)), "task");
    },
    delete: (options = {}) => send(ctx, at(base, "DELETE", "", writeInput(options))),
    ...itemResources(ctx, base),
    indicators: { list: indicators.list, add: indicators.add, remove: indicators.remove },
    victimAssets: victimAssetLinks(ctx, base),
    victims: victimLinks(ctx, base),
    tasks: { list: tasks.list, get: tasks.get },
    assignees: taskUsers(ctx, base, "assignees"),
    escalatees: taskUsers(ctx, base, "escalatees"),
  };
}

function taskUsers(ctx: Context, base: Base, kind: "assignees" | "escalatees"): TaskUsers {
  const one = `/${kind}/{user}`;
  const params = (user: string | number) => {
    if (String(user).trim() === "") fail("user", "required", "The user name is empty; pass the account name or id.");
    return { user };
  };
  return {
    list: (options = {}) => readList<User>(ctx, at(base, "GET", `/${kind}`, listInput(options)), "user", options),
    get: (user, options = {}) => readEntity<User>(ctx, at(base, "GET", one, { ...readInput(options), params: params(user) }), "user"),
    add: (user, options = {}) => send(ctx, at(base, "POST", one, { ...writeInput(options), params: params(user) })),
    remove: (user, options = {}) => send(ctx, at(base, "DELETE", one, { ...writeInput(options), params: params(user) })),
  };
}

function checkTask(body: TaskUpdate, creating: boolean): void {
  if (creating || body.name !== undefined) {
    if (typeof body.name !== "string" || body.name.trim() === "") {
      fail("name", "required", "A task needs a name; pass a non-empty \"name\".");
    }
  }
  if (body.status !== undefined) unwrap(validateEnum(body.status, TASK_STATUSES, "status"));
}
