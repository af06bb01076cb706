import { Agent, request } from "node:http";

/**
 * Keep-alive load generator: `concurrency` loops each keep one request in flight for
 * `durationMs`; returns completed requests per second. Every non-200 answer aborts the run.
 */
export async function measureRps(url: string, headers: () => Record<string, string>, concurrency: number, durationMs: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const deadline = performance.now() + durationMs;
  let done = 0;

  const once = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: headers() }, (res) => {
        if (res.statusCode !== 200) reject(new Error(`bench: ${url} answered ${res.statusCode}`));
        res.resume();
        res.on("end", () => { resolve(); });
      });
      req.on("error", reject);
      req.end();
    });

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      await once();
      done++;
    }
  }));
  const elapsed = performance.now() - started;
  agent.destroy();
  return (done / elapsed) * 1000;
}
