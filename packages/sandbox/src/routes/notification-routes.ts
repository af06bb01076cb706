import { badRequest } from "../http/api-error.js";
import { optBool, optEnum, optNumber, optString } from "../http/body-fields.js";
import { okReply } from "../http/reply.js";
import type { Router } from "../http/router.js";

const MESSAGE_MAX = 64 * 1024;

/** §11.16: notifications are validated and accepted; the sandbox has no one to deliver them to. */
export function registerNotificationRoutes(router: Router): void {
  router.on("POST", "/v2/notifications", async (ctx) => {
    const body = await ctx.json();
    const message = optString(body, "message");
    if (message === undefined || message === "") throw badRequest("The message field is required");
    if (new TextEncoder().encode(message).byteLength > MESSAGE_MAX) throw badRequest("The message field must be at most 64 KB");
    const type = optString(body, "notificationType", 50);
    if (type === undefined || type === "") throw badRequest("The notificationType field is required (at most 50 characters)");
    if (type.toLowerCase() === "system") throw badRequest("The notificationType System is reserved; choose another name");
    if (optEnum(body, "priority", ["low", "medium", "high"]) === undefined) throw badRequest("The priority field is required: low, medium or high");
    const recipients = optString(body, "recipients");
    const isOrganization = optBool(body, "isOrganization") ?? false;
    const ownerId = optNumber(body, "ownerId", 0, Number.MAX_SAFE_INTEGER, true);
    if ((recipients === undefined || recipients === "") && !isOrganization && ownerId === undefined) {
      throw badRequest("The recipients field is required unless ownerId is given or isOrganization is true");
    }
    return okReply();
  });
}
