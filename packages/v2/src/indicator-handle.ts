import type { AttributesResource } from "./attributes-of.js";
import { at, listInput, readEntity, readInput, readList, send, writeInput, type Base, type Context } from "./context.js";
import type {
  AddressIndicator, DnsResolution, FalsePositive, FileIndicator, FileOccurrence, HostIndicator, IndicatorSummaryItem,
  Observation, ObservationCount, Owner,
} from "./entities.js";
import type { GroupLinks } from "./group-links.js";
import type { IndicatorUpdate } from "./indicator-bodies.js";
import type { IndicatorKind } from "./type-catalog.js";
import { indicatorLinks, type IndicatorLinks } from "./indicator-links.js";
import { itemResources } from "./item-resources.js";
import type { ListOptions, ReadOptions } from "./list-options.js";
import type { SecurityLabelsResource } from "./security-labels-of.js";
import type { TagsResource } from "./tags-of.js";
import type { IndicatorOf } from "./type-maps.js";
import { checkBody, checkCommonFields, checkId, checkPrivateFlag } from "./validate.js";
import { victimAssetLinks, type VictimAssetLinks } from "./victim-asset-links.js";
import { taskLinks, victimLinks, type TaskLinks, type VictimLinks } from "./victim-links.js";
import { fail } from "./validation-error.js";
import type { WriteOptions } from "./write-options.js";

/** One indicator and everything that hangs off it (API reference §11.3–§11.5). @public */
export interface IndicatorHandle<T> {
  readonly type: string;
  readonly value: string;
  get(options?: ReadOptions): Promise<T>;
  update(changes: IndicatorUpdate, options?: WriteOptions): Promise<T>;
  delete(options?: WriteOptions): Promise<void>;
  readonly tags: TagsResource;
  readonly securityLabels: SecurityLabelsResource;
  readonly attributes: AttributesResource;
  readonly groups: GroupLinks;
  /** Directly associated indicators; links are removed here, created through `associations`. */
  readonly indicators: Omit<IndicatorLinks, "add">;
  /** Indicator-to-indicator links of one association type, e.g. `"cidrToAddress"` (§11.5). */
  associations(association: string): IndicatorLinks;
  readonly victimAssets: VictimAssetLinks;
  readonly victims: VictimLinks;
  readonly tasks: Pick<TaskLinks, "list">;
  /** Reports a false positive (once per user per indicator per day). */
  falsePositive(options?: WriteOptions): Promise<FalsePositive>;
  readonly observations: {
    list(options?: ListOptions): AsyncIterable<Observation>;
    add(count: number, options?: WriteOptions & { dateObserved?: string }): Promise<void>;
  };
  observationCount(options?: ReadOptions): Promise<ObservationCount>;
  /** Owners holding a copy of this indicator. */
  owners(options?: ListOptions): AsyncIterable<Owner>;
}

/** A host: adds DNS resolutions. @public */
export interface HostHandle extends IndicatorHandle<HostIndicator> {
  dnsResolutions(options?: ListOptions): AsyncIterable<DnsResolution>;
}

/** An address: adds the hosts it resolved from (the API answers with `indicator[]`). @public */
export interface AddressHandle extends IndicatorHandle<AddressIndicator> {
  dnsResolutions(options?: ListOptions): AsyncIterable<IndicatorSummaryItem>;
}

/** Body of a file occurrence; at least one field (§11.4). @public */
export interface FileOccurrenceInput {
  fileName?: string;
  path?: string;
  date?: string;
}

/** A file: adds occurrences and file actions (§11.4, §11.5). @public */
export interface FileHandle extends IndicatorHandle<FileIndicator> {
  readonly fileOccurrences: {
    list(options?: ListOptions): AsyncIterable<FileOccurrence>;
    get(id: number | string, options?: ReadOptions): Promise<FileOccurrence>;
    create(occurrence: FileOccurrenceInput, options?: WriteOptions): Promise<FileOccurrence>;
    update(id: number | string, occurrence: FileOccurrenceInput, options?: WriteOptions): Promise<FileOccurrence>;
    delete(id: number | string, options?: WriteOptions): Promise<void>;
  };
  /** Behaviour-graph links of one file action, e.g. `"drop"`, `"traffic"`. */
  actions(action: string): Omit<IndicatorLinks, "get">;
}

/** The handle type for an indicator type. @public */
export type HandleOf<T> = [IndicatorOf<T>] extends [HostIndicator]
  ? HostHandle
  : [IndicatorOf<T>] extends [AddressIndicator]
    ? AddressHandle
    : [IndicatorOf<T>] extends [FileIndicator]
      ? FileHandle
      : IndicatorHandle<IndicatorOf<T>>;

/** @internal */
export function indicatorHandle(ctx: Context, kind: IndicatorKind, value: string, owner?: string): IndicatorHandle<unknown> {
  const base: Base = { template: "/v2/indicators/{type}/{indicator}", params: { type: kind.branch, indicator: value }, owner };
  const handle = coreHandle(ctx, kind, value, base);

  if (kind.name === "Host") {
    const extra = { dnsResolutions: dnsResolutions(ctx, "hosts", value, owner, "dnsResolution") };
    return { ...handle, ...extra };
  }
  if (kind.name === "Address") {
    const extra = { dnsResolutions: dnsResolutions(ctx, "addresses", value, owner, "indicator") };
    return { ...handle, ...extra };
  }
  if (kind.name === "File") return { ...handle, ...fileExtras(ctx, value, owner) };
  return handle;
}

function coreHandle(ctx: Context, kind: IndicatorKind, value: string, base: Base): IndicatorHandle<unknown> {
  return {
    type: kind.name,
    value,
    get: (options = {}) => readEntity(ctx, at(base, "GET", "", readInput(options)), kind.entity, kind.name),
    update: (changes, options = {}) => {
      checkCommonFields(checkBody(changes) as Record<string, unknown>);
      checkPrivateFlag(kind.name, changes as Record<string, unknown>);
      return readEntity(ctx, at(base, "PUT", "", writeInput(options, changes)), kind.entity, kind.name);
    },
    delete: (options = {}) => send(ctx, at(base, "DELETE", "", writeInput(options))),
    ...itemResources(ctx, base),
    indicators: withoutAdd(indicatorLinks(ctx, base)),
    associations: (association) => {
      const params = { ...base.params, association: checkName("association", association) };
      return indicatorLinks(ctx, { ...base, params }, "/associations/{association}/indicators");
    },
    victimAssets: victimAssetLinks(ctx, base),
    victims: victimLinks(ctx, base),
    tasks: { list: taskLinks(ctx, base).list },
    falsePositive: (options = {}) =>
      readEntity<FalsePositive>(ctx, at(base, "POST", "/falsePositive", writeInput(options)), "falsePositive"),
    observations: {
      list: (options = {}) =>
        readList<Observation>(ctx, at(base, "GET", "/observations", listInput(options)), "observation", options),
      add: (count, options = {}) => {
        if (!Number.isInteger(count) || count < 1) {
          fail("count", "range", `Observation count ${count} is not a positive whole number; pass 1 or more.`);
        }
        const body = options.dateObserved === undefined ? { count } : { count, dateObserved: options.dateObserved };
        return send(ctx, at(base, "POST", "/observations", writeInput(options, body)));
      },
    },
    observationCount: (options = {}) =>
      readEntity<ObservationCount>(ctx, at(base, "GET", "/observationCount", readInput(options)), "observationCount"),
    owners: (options = {}) => readList<Owner>(ctx, at(base, "GET", "/owners", listInput(options)), "owner", options),
  };
}

function dnsResolutions<T>(ctx: Context, branch: string, value: string, owner: string | undefined, key: string) {
  const base: Base = { template: `/v2/indicators/${branch}/{indicator}`, params: { indicator: value }, owner };
  return (options: ListOptions = {}) => readList<T>(ctx, at(base, "GET", "/dnsResolutions", listInput(options)), key, options);
}

function fileExtras(ctx: Context, value: string, owner: string | undefined): Pick<FileHandle, "fileOccurrences" | "actions"> {
  const base: Base = { template: "/v2/indicators/files/{indicator}", params: { indicator: value }, owner };
  const one = (id: number | string) => ({ params: { occurrenceId: checkId("occurrenceId", id) } });
  const path = "/fileOccurrences/{occurrenceId}";

  return {
    fileOccurrences: {
      list: (options = {}) =>
        readList<FileOccurrence>(ctx, at(base, "GET", "/fileOccurrences", listInput(options)), "fileOccurrence", options),
      get: (id, options = {}) =>
        readEntity<FileOccurrence>(ctx, at(base, "GET", path, { ...readInput(options), ...one(id) }), "fileOccurrence"),
      create: (occurrence, options = {}) =>
        readEntity<FileOccurrence>(
          ctx,
          at(base, "POST", "/fileOccurrences", writeInput(options, checkOccurrence(occurrence))),
          "fileOccurrence",
        ),
      update: (id, occurrence, options = {}) =>
        readEntity<FileOccurrence>(
          ctx,
          at(base, "PUT", path, { ...writeInput(options, checkOccurrence(occurrence)), ...one(id) }),
          "fileOccurrence",
        ),
      delete: (id, options = {}) => send(ctx, at(base, "DELETE", path, { ...writeInput(options), ...one(id) })),
    },
    actions: (action) => {
      const params = { ...base.params, action: checkName("action", action) };
      const { list, add, remove } = indicatorLinks(ctx, { ...base, params }, "/actions/{action}/indicators");
      return { list, add, remove };
    },
  };
}

/** Direct indicator links are created through `associations`, so `add` is left out (§11.5). */
function withoutAdd(links: IndicatorLinks): Omit<IndicatorLinks, "add"> {
  return { list: links.list, get: links.get, remove: links.remove };
}

function checkOccurrence(occurrence: FileOccurrenceInput): FileOccurrenceInput {
  const given = [occurrence.fileName, occurrence.path, occurrence.date].filter((v) => v !== undefined && v !== "");
  if (given.length === 0) {
    fail("fileOccurrence", "required", "A file occurrence needs at least one of fileName, path or date.");
  }
  return occurrence;
}

function checkName(field: string, name: string): string {
  if (typeof name !== "string" || name.trim() === "") fail(field, "required", `The ${field} name is empty; pass a name such as "drop".`);
  return name;
}
