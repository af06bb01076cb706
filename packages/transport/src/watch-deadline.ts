interface Watched {
  endsAt: number;
  expire: () => void;
}

// How often expired body reads are looked for. Only limits of 5 s and more are watched here
// (shorter ones get their own timer), so a quarter second late is close enough.
const SWEEP_MS = 250;

const watched = new Set<Watched>();
let sweeper: ReturnType<typeof setInterval> | undefined;

function sweep(): void {
  const now = Date.now();
  for (const entry of watched) {
    if (entry.endsAt > now) continue;
    watched.delete(entry);
    entry.expire();
  }
  if (watched.size === 0) {
    clearInterval(sweeper);
    sweeper = undefined;
  }
}

/**
 * Calls `expire` once `endsAt` (epoch ms) has passed, unless the returned function is called
 * first. One shared interval serves every watch: on a busy client that is far cheaper than a
 * timer and a promise per request.
 */
export function watchDeadline(endsAt: number, expire: () => void): () => void {
  const entry = { endsAt, expire };
  watched.add(entry);
  if (sweeper === undefined) {
    sweeper = setInterval(sweep, SWEEP_MS);
    // A pending read keeps its socket, and so the process, alive; the sweeper need not.
    (sweeper as { unref?: () => void }).unref?.();
  }
  return () => {
    watched.delete(entry);
  };
}
