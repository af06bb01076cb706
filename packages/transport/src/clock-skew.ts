/** A clock that follows the server's: local time plus the offset learnt from a Date header. */
export interface SkewClock {
  /** Milliseconds since the epoch, corrected by the learnt offset. */
  readonly now: () => number;
  /** The current offset in ms (server minus local). */
  readonly offsetMs: number;
  /** Learns the offset from a Date header; false when the header is missing or unreadable. */
  learn(dateHeader: string | null): boolean;
}

/** Creates a skew-correcting clock over `localNow`. */
export function createSkewClock(localNow: () => number = Date.now): SkewClock {
  let offsetMs = 0;

  return {
    now: () => localNow() + offsetMs,
    get offsetMs() {
      return offsetMs;
    },
    learn(dateHeader) {
      if (dateHeader === null) return false;
      const serverTime = Date.parse(dateHeader);
      if (Number.isNaN(serverTime)) return false;

      // The Date header has one-second resolution; add half a second to centre the error.
      offsetMs = serverTime + 500 - localNow();
      return true;
    },
  };
}
