import { validateNotification, type NotificationInput } from "@tcapi/model";
import { send, writeInput, type Context } from "./context.js";
import { endpoint } from "./endpoint.js";
import { unwrap } from "./validate.js";
import type { WriteOptions } from "./write-options.js";

/** `client.notifications` (API reference §11.16). @public */
export interface NotificationsResource {
  /** Sends a notification to users, an organization or an owner's members. */
  send(notification: NotificationInput, options?: WriteOptions): Promise<void>;
}

/** @internal */
export function createNotifications(ctx: Context): NotificationsResource {
  return {
    send: (notification, options = {}) => {
      const body = unwrap(validateNotification(notification as unknown as Record<string, unknown>));
      return send(ctx, endpoint("POST /v2/notifications", { ...writeInput(options, body), owner: null }));
    },
  };
}
