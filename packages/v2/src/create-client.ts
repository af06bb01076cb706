import { createTransport, type TcRequest, type Transport, type TransportOptions } from "@tcapi/transport";
import { batchImport, type BatchImportOptions, type BatchImportResult } from "./batch-import.js";
import type { BatchInput } from "./batch-items.js";
import { withAsyncErrors } from "./async-errors.js";
import { fail } from "./validation-error.js";
import { createBatchSteps, type BatchSteps } from "./batch.js";
import { createBulk, type BulkResource } from "./bulk.js";
import type { Context } from "./context.js";
import { createCustomMetrics, type CustomMetricsResource } from "./custom-metrics.js";
import type { AssociationTypeDescriptor, AttributeType, IndicatorTypeDescriptor, User } from "./entities.js";
import { createGroups, type GroupsResource } from "./groups.js";
import { createIndicators, type IndicatorsResource } from "./indicators.js";
import type { ReadOptions } from "./list-options.js";
import { createNotifications, type NotificationsResource } from "./notifications.js";
import { createOwners, createWhoami, type OwnersResource } from "./owners.js";
import { createPlaybooks, type PlaybooksResource } from "./playbooks.js";
import { createSecurityLabels, type SecurityLabelsCollection } from "./security-labels.js";
import { createTags, type TagsCollection } from "./tags.js";
import { createTasks, type TasksResource } from "./tasks.js";
import { createTypeCatalog, type TypeCatalog } from "./type-descriptors.js";
import { createVictims, type VictimsResource } from "./victims.js";

/** Options of {@link createClient}: transport options, or a ready transport. @public */
export type ClientOptions = TransportOptions | { transport: Transport };

/** Options of the raw escape hatch. @public */
export interface RawRequestOptions {
  params?: Record<string, string | number>;
  query?: TcRequest["query"];
  body?: unknown;
  contentType?: string;
  format?: "json" | "xml";
  owner?: string | null;
  signal?: AbortSignal;
  /** `false`: return the decoded body whole instead of the envelope's `data`. */
  envelope?: boolean;
}

/** `client.batch`: the single steps plus the streaming import (API reference §12). @public */
export interface BatchResource extends BatchSteps {
  /**
   * Imports indicators, groups and associations, splitting into jobs of ≤ 25,000 indicators
   * and ≤ 2,000,000 bytes while reading the input, and resolves with the totals.
   */
  import(input: BatchInput, options?: BatchImportOptions): Promise<BatchImportResult>;
}

/** The typed ThreatConnect v2 client. @public */
export interface Client {
  readonly transport: Transport;
  readonly owners: OwnersResource;
  /** The API user. */
  whoami(options?: ReadOptions): Promise<User>;
  readonly indicators: IndicatorsResource;
  readonly groups: GroupsResource;
  readonly tags: TagsCollection;
  readonly securityLabels: SecurityLabelsCollection;
  readonly tasks: TasksResource;
  readonly victims: VictimsResource;
  readonly indicatorTypes: TypeCatalog<IndicatorTypeDescriptor>;
  readonly associationTypes: TypeCatalog<AssociationTypeDescriptor>;
  readonly attributeTypes: TypeCatalog<AttributeType>;
  readonly customMetrics: CustomMetricsResource;
  readonly notifications: NotificationsResource;
  readonly playbooks: PlaybooksResource;
  readonly batch: BatchResource;
  readonly bulk: BulkResource;
  /**
   * Any v2 call, documented or not: `path` is below the base URL (`"/v2/owners"`), with optional
   * `{placeholders}` filled from `params`. Returns the envelope's `data`.
   */
  request<T = unknown>(method: TcRequest["method"], path: string, options?: RawRequestOptions): Promise<T>;
}

/**
 * Creates a client. Pass transport options (base URL, credentials, owner, fetch, format…) or
 * `{ transport }` to share one.
 * @public
 */
export function createClient(options: ClientOptions = {}): Client {
  const transport = "transport" in options ? options.transport : createTransport(options);
  const ctx: Context = { transport };
  const steps = createBatchSteps(ctx);

  return withAsyncErrors<Client>({
    transport,
    owners: createOwners(ctx),
    whoami: createWhoami(ctx),
    indicators: createIndicators(ctx),
    groups: createGroups(ctx),
    tags: createTags(ctx),
    securityLabels: createSecurityLabels(ctx),
    tasks: createTasks(ctx),
    victims: createVictims(ctx),
    indicatorTypes: createTypeCatalog(ctx, "indicatorTypes", "indicatorType"),
    associationTypes: createTypeCatalog(ctx, "associationTypes", "associationType"),
    attributeTypes: createTypeCatalog(ctx, "attributeTypes", "attributeType"),
    customMetrics: createCustomMetrics(ctx),
    notifications: createNotifications(ctx),
    playbooks: createPlaybooks(ctx),
    batch: {
      ...steps,
      import: (input, importOptions = {}) => {
        // Fail before reading any input rather than after the first job is filled.
        if ((importOptions.owner ?? transport.owner ?? "") === "") {
          fail("owner", "required", "A batch import needs an owner; pass { owner: \"My Org\" } or configure the client's owner.");
        }
        return batchImport(steps, input, importOptions);
      },
    },
    bulk: createBulk(ctx),
    request: (method, path, raw = {}) => transport.request(rawRequest(method, path, raw)),
  });
}

function rawRequest(method: TcRequest["method"], path: string, options: RawRequestOptions): TcRequest {
  const request: TcRequest = { method, path };
  for (const key of ["params", "query", "body", "contentType", "format", "owner", "signal", "envelope"] as const) {
    if (options[key] !== undefined) Object.assign(request, { [key]: options[key] });
  }
  return request;
}
