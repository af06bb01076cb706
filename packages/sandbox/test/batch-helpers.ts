import type { Sandbox } from "../src/index.js";
import { call, callJson, dataOf } from "./helpers.js";

export interface BatchStatus { id: number; status: string; errorCount: number; successCount: number; unprocessCount: number }

/** Create a job, upload the document and wait until it completes. */
export async function batchStatus(sandbox: Sandbox, doc: unknown, haltOnError = false): Promise<BatchStatus> {
  const job = await callJson(sandbox, "POST", "/v2/batch", {
    body: { version: "V2", owner: sandbox.organization, haltOnError, action: "Create", attributeWriteType: "Append" },
  });
  const id = dataOf(job.json, "batchId") as number;
  await call(sandbox, "POST", `/v2/batch/${id}`, { raw: JSON.stringify(doc) });
  for (;;) {
    const status = dataOf((await callJson(sandbox, "GET", `/v2/batch/${id}`)).json, "batchStatus") as BatchStatus;
    if (status.status === "Completed") return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}
