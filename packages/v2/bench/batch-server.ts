/**
 * A minimal in-process batch endpoint: accepts job creation, uploads and status polls the
 * way §12.1 describes, counting what it receives without storing it. Used instead of the
 * sandbox so the bench measures the client, not the server's indicator store.
 */
export function batchServer(): { fetch: typeof fetch; uploads: number; bytes: number } {
  const jobs = new Map<number, number>();
  let next = 1;
  const state = { uploads: 0, bytes: 0 };
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  const handle = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const match = /^\/api\/v2\/batch(?:\/(\d+))?$/.exec(path);
    if (match === null) return json({ status: "Failure", message: "not found" }, 404);

    if (request.method === "POST" && match[1] === undefined) {
      await request.text();
      const id = next++;
      jobs.set(id, 0);
      return json({ status: "Success", data: { batchId: id } }, 201);
    }
    const id = Number(match[1]);
    if (request.method === "POST") {
      const text = await request.text();
      state.uploads += 1;
      state.bytes += text.length;
      jobs.set(id, text.split('"summary"').length - 1);
      return json({ status: "Queued" }, 202);
    }
    const count = jobs.get(id) ?? 0;
    return json({ status: "Success", data: { batchStatus: { id, status: "Completed", successCount: count, errorCount: 0, unprocessCount: 0 } } });
  };

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    get uploads() {
      return state.uploads;
    },
    get bytes() {
      return state.bytes;
    },
  };
}
