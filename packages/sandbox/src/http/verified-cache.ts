/**
 * Remembers HMAC requests that verified successfully, keyed by everything that was signed plus
 * the Authorization value, so an identical request in the same second is accepted without an
 * asynchronous HMAC round. The timestamp window is re-checked on every hit, so a cached entry
 * never outlives what verifyRequest itself would accept. Token requests are not cached.
 */
export class VerifiedCache {
  private readonly entries = new Map<string, number>();

  constructor(private readonly maxEntries = 1_000, private readonly windowSeconds = 300) {}

  private static key(method: string, target: string, authorization: string, timestamp: string): string {
    return `${method}\n${target}\n${timestamp}\n${authorization}`;
  }

  /** True when this exact signed request verified before and its timestamp is still in the window. */
  has(method: string, target: string, authorization: string | null, timestamp: string | null, nowMs: number): boolean {
    if (authorization === null || timestamp === null) return false;
    const ts = this.entries.get(VerifiedCache.key(method, target, authorization, timestamp));
    return ts !== undefined && Math.abs(nowMs / 1000 - ts) <= this.windowSeconds;
  }

  remember(method: string, target: string, authorization: string | null, timestamp: string | null): void {
    if (authorization === null || timestamp === null || !authorization.startsWith("TC ")) return;
    // Clearing wholesale keeps the bound simple; entries are only useful for about a second anyway.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(VerifiedCache.key(method, target, authorization, timestamp), Number(timestamp));
  }
}
