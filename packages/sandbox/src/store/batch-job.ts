/** One batch job (§12): its settings, state and the errors found while processing. */
export interface BatchSettings {
  version: "V1" | "V2";
  ownerId: number;
  haltOnError: boolean;
  action: "Create" | "Delete";
  attributeWriteType: "Append" | "Replace" | "Singleton" | "Static";
  tagWriteType: "Append" | "Replace";
  securityLabelWriteType: "Append" | "Replace";
}

export interface BatchError { code: string; errorReason: string; errorMessage: string; errorSource: string }

export interface BatchJob {
  id: number;
  settings: BatchSettings;
  status: "Created" | "Queued" | "Running" | "Completed";
  successCount: number;
  errorCount: number;
  unprocessCount: number;
  errors: BatchError[];
  /** Per-kind counts for includeAdditional. */
  counts: { indicatorSuccess: number; indicatorFail: number; groupSuccess: number; groupFail: number; associationSuccess: number; associationFail: number };
  input?: Uint8Array;
}
