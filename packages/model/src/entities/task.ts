/** Tasks (reference §11.12). Types only. */

import type { TaskStatus } from "../enumerations.js";
import type { DateTimeString, Embedded, Id, Owner, User } from "./common.js";

/** A task. @public */
export interface Task extends Embedded {
  id: Id;
  name: string;
  owner?: Owner;
  ownerName?: string;
  dateAdded?: DateTimeString;
  lastModified?: DateTimeString;
  webLink?: string;
  /** New tasks start `"Not Started"`. */
  status?: TaskStatus;
  escalated?: boolean;
  reminded?: boolean;
  overdue?: boolean;
  dueDate?: DateTimeString;
  reminderDate?: DateTimeString;
  escalationDate?: DateTimeString;
  description?: string;
  assignee?: User[];
  escalatee?: User[];
}

/** A user reference in a task body. @public */
export interface UserRef {
  userName: string;
}

/** Body of `POST /v2/tasks` (and PUT, where everything is optional and `status` may be set). @public */
export interface TaskInput {
  name: string;
  assignee?: UserRef[];
  escalatee?: UserRef[];
  dueDate?: DateTimeString;
  escalationDate?: DateTimeString;
  reminderDate?: DateTimeString;
  description?: string;
  status?: TaskStatus;
}
