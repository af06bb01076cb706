import { IdIndex } from "./id-index.js";
import type {
  AttributeRecord, DeletedIndicator, GroupRecord, IndicatorRecord, LabelRecord, MetricRecord,
  OwnerRecord, TagRecord, TaskRecord, UserRecord, VictimAssetRecord, VictimRecord,
} from "./entities.js";
import type { BatchJob } from "./batch-job.js";

/** Kinds of item that can carry tags, labels and attributes and take part in associations. */
export type ItemKind = "indicator" | "group" | "task" | "victim";

/**
 * All sandbox state and its indexes. Operations live in small modules beside this one;
 * the class only owns the collections and the id counter.
 */
export class Store {
  organizationId = 0;
  readonly owners = new Map<number, OwnerRecord>();
  readonly users: UserRecord[] = [];
  readonly apiUser: UserRecord = {
    userName: "sandbox-api-user", firstName: "Sandbox", lastName: "User", pseudonym: "Sandbox", role: "Api User",
  };

  readonly indicators = new Map<number, IndicatorRecord>();
  /** `${ownerId}|${type}|${lower-case value}` → id; a File is indexed under each of its hashes. */
  readonly indicatorKeys = new Map<string, number>();
  /** Keys: `${ownerId}` and `${ownerId}|${type}`, each with an "active" list (`a:` prefix). */
  readonly indicatorIndex = new IdIndex();
  readonly deletedIndicators: DeletedIndicator[] = [];

  readonly groups = new Map<number, GroupRecord>();
  readonly groupXids = new Map<string, number>();
  readonly groupIndex = new IdIndex();

  readonly tasks = new Map<number, TaskRecord>();
  readonly taskIndex = new IdIndex();
  readonly victims = new Map<number, VictimRecord>();
  readonly victimIndex = new IdIndex();
  readonly victimAssets = new Map<number, VictimAssetRecord>();

  readonly attributes = new Map<number, AttributeRecord>();
  /** `${ownerId}|${lower-case name}` → tag. */
  readonly tags = new Map<string, TagRecord>();
  /** lower-case name → label (labels are system-wide). */
  readonly labels = new Map<string, LabelRecord>();

  /** Symmetric links between items, keyed by item reference (`i12`, `g3`, `t5`, `v7`, `a9`). */
  readonly links = new Map<string, Set<string>>();
  /** Typed indicator-to-indicator links: `${associationBranch}|${indicatorId}` → ids. */
  readonly typedLinks = new Map<string, Set<number>>();

  readonly metrics = new Map<number, MetricRecord>();
  readonly batches = new Map<number, BatchJob>();

  private nextIdValue = 1;

  /** A fresh id, unique across every kind of record. */
  nextId(): number {
    return this.nextIdValue++;
  }

  /** Raise the counter past ids loaded from a data file or seed. */
  reserveIds(upTo: number): void {
    if (upTo >= this.nextIdValue) this.nextIdValue = upTo + 1;
  }

  get idCounter(): number {
    return this.nextIdValue;
  }
}

/** The reference string used as a key in `Store.links`. */
export function itemRef(kind: ItemKind | "victimAsset", id: number): string {
  const prefix = kind === "victimAsset" ? "a" : kind.charAt(0);
  return `${prefix}${id}`;
}
