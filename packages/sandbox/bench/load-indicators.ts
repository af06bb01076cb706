import type { Sandbox } from "../src/index.js";
import { call } from "../test/helpers.js";

const JOB_SIZE = 25_000;

/** Fill the organization with `total` Address indicators through the batch API (25,000 per job). */
export async function loadIndicators(sandbox: Sandbox, total: number): Promise<void> {
  for (let start = 0; start < total; start += JOB_SIZE) {
    const made = await call(sandbox, "POST", "/v2/batch", {
      body: { version: "V2", owner: sandbox.organization, haltOnError: false, action: "Create", attributeWriteType: "Append" },
    });
    const id = ((await made.json()) as { data: { batchId: number } }).data.batchId;
    const indicator = [];
    for (let n = start; n < Math.min(total, start + JOB_SIZE); n++) {
      indicator.push({ type: "Address", summary: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` });
    }
    await call(sandbox, "POST", `/v2/batch/${id}`, { raw: JSON.stringify({ indicator }) });
    for (;;) {
      const res = await call(sandbox, "GET", `/v2/batch/${id}`);
      const status = ((await res.json()) as { data: { batchStatus: { status: string; errorCount: number } } }).data.batchStatus;
      if (status.status === "Completed") {
        if (status.errorCount > 0) throw new Error(`bench load: ${status.errorCount} errors in job ${id}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
