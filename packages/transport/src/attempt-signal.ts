/** Why an attempt was aborted. */
export type AbortCause = "caller" | "timeout" | "deadline";

/** The limits of one attempt: an optional abort signal and the time it may take. */
export interface AttemptSignal {
  /** Undefined when nothing can abort the attempt but the sender's own timeouts. */
  signal: AbortSignal | undefined;
  /** The attempt's time limit: the per-attempt timeout or what is left of the deadline. */
  timeoutMs: number;
  /** True when the deadline, not the per-attempt timeout, sets `timeoutMs`. */
  limitedByDeadline: boolean;
  /** True when a timer of this signal enforces `timeoutMs`; false when the sender does. */
  timed: boolean;
  /** What is left of `timeoutMs`, in ms. */
  remainingMs(): number;
  /** Set once the signal has fired. */
  cause(): AbortCause | undefined;
  /** Clears the timers only; the caller's signals still abort. */
  stopTimers(): void;
  /** Clears timers and listeners. */
  dispose(): void;
}

const nothing = (): undefined => undefined;

/**
 * Links the caller's signals with a per-attempt timeout and an absolute deadline (either may
 * be Infinity). With `useTimers` false the sender enforces `timeoutMs` itself (undici's
 * headers and body timeouts), and no AbortController is made unless the caller passed a
 * signal: on a busy client that saves a controller, a timer and a listener per request.
 * Plain timers are cleared on dispose, unlike AbortSignal.timeout, so many fast requests do
 * not leave pending timers behind.
 */
export function createAttemptSignal(
  callerSignals: readonly (AbortSignal | undefined)[],
  timeoutMs: number,
  deadlineAt: number,
  useTimers = true,
): AttemptSignal {
  const remaining = Math.max(0, deadlineAt - Date.now());
  const limitedByDeadline = remaining < timeoutMs;
  const limit = Math.min(timeoutMs, remaining);
  const endsAt = Date.now() + limit;
  const remainingMs = () => Math.max(0, endsAt - Date.now());
  const signals = callerSignals.filter((s): s is AbortSignal => s !== undefined);
  const timed = useTimers && Number.isFinite(limit);

  if (signals.length === 0 && !useTimers) {
    return {
      signal: undefined, timeoutMs: limit, limitedByDeadline, timed, remainingMs,
      cause: nothing, stopTimers: nothing, dispose: nothing,
    };
  }

  let cause: AbortCause | undefined;

  const controller = new AbortController();
  const fire = (why: AbortCause, reason?: unknown) => {
    if (cause !== undefined) return;
    cause = why;
    controller.abort(reason);
  };

  const onCallerAbort = (event: Event) => {
    fire("caller", (event.target as AbortSignal).reason);
  };
  for (const signal of signals) {
    if (signal.aborted) fire("caller", signal.reason);
    else signal.addEventListener("abort", onCallerAbort, { once: true });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timed) {
    timer = setTimeout(() => { fire(limitedByDeadline ? "deadline" : "timeout"); }, limit);
  }

  return {
    signal: controller.signal,
    timeoutMs: limit,
    limitedByDeadline,
    timed,
    remainingMs,
    cause: () => cause,
    stopTimers: () => {
      clearTimeout(timer);
    },
    dispose: () => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener("abort", onCallerAbort);
    },
  };
}
