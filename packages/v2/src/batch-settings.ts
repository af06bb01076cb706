/** Settings of a batch job, the body of `POST /v2/batch` (API reference §12.2). @public */
export interface BatchJobSettings {
  /** Owner name; defaults to the client's owner. Required by the API. */
  owner?: string;
  /**
   * Stop at the first error. `batch.import` then also stops reading its input and starts no
   * further job once an item is refused or a job reports an error. @default false
   */
  haltOnError?: boolean;
  /** `Create` creates and updates, `Delete` deletes matches. @default "Create" */
  action?: "Create" | "Delete";
  /** How incoming attributes combine with existing ones. @default "Replace" */
  attributeWriteType?: "Append" | "Replace" | "Singleton" | "Static";
  /** @default "Replace" (server default) */
  tagWriteType?: "Append" | "Replace";
  /** @default "Replace" (server default) */
  securityLabelWriteType?: "Append" | "Replace";
  /** How metadata spreads over files matching several hashes. @default "Merge" (server default) */
  fileMergeMode?: "Distribute" | "Merge";
  /** What to do when hashes of one file collide with another. @default "FavorIncoming" (server default) */
  hashCollisionMode?: "FavorExisting" | "FavorIncoming" | "IgnoreExisting" | "IgnoreIncoming" | "Split";
  /** `V2` accepts indicators, groups and associations. @default "V2" */
  version?: "V1" | "V2";
}

/** The job body with defaults applied, `owner` resolved. @internal */
export function jobBody(settings: BatchJobSettings, owner: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    version: settings.version ?? "V2",
    owner,
    haltOnError: settings.haltOnError ?? false,
    action: settings.action ?? "Create",
    attributeWriteType: settings.attributeWriteType ?? "Replace",
  };
  for (const key of ["tagWriteType", "securityLabelWriteType", "fileMergeMode", "hashCollisionMode"] as const) {
    const value = settings[key];
    if (value !== undefined) body[key] = value;
  }
  return body;
}
