import { Router } from "../http/router.js";
import type { BatchRuntime } from "../store/batch-runner.js";
import { registerBatchRoutes } from "./batch-routes.js";
import { registerBulkRoutes } from "./bulk-routes.js";
import { registerGroupRoutes } from "./group-routes.js";
import { registerIndicatorExtraRoutes } from "./indicator-extra-routes.js";
import { registerIndicatorRoutes } from "./indicator-routes.js";
import { registerMetricRoutes } from "./metric-routes.js";
import { registerNotificationRoutes } from "./notification-routes.js";
import { registerOwnerRoutes } from "./owner-routes.js";
import { registerPivotRoutes } from "./pivot-routes.js";
import { registerTagLabelRoutes } from "./tag-label-routes.js";
import { registerTaskRoutes } from "./task-routes.js";
import { registerTypeRoutes } from "./type-routes.js";
import { registerVictimRoutes } from "./victim-routes.js";

/** Every endpoint family of §11 and §12 on one router. */
export function registerRoutes(batch: BatchRuntime): Router {
  const router = new Router();
  registerOwnerRoutes(router);
  registerTypeRoutes(router);
  registerIndicatorRoutes(router);
  registerIndicatorExtraRoutes(router);
  registerBulkRoutes(router);
  registerGroupRoutes(router);
  registerTaskRoutes(router);
  registerVictimRoutes(router);
  registerPivotRoutes(router);
  registerTagLabelRoutes(router);
  registerMetricRoutes(router);
  registerNotificationRoutes(router);
  registerBatchRoutes(router, batch);
  return router;
}
