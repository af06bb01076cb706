import { createAttemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { TcRateLimitError } from "./errors.js";
import { abortError } from "./transport-error.js";

/** Sleeps `ms`, ending early with the abort reason when the caller's signal fires. */
export async function waitFor(call: Call, ms: number): Promise<void> {
  const { engine } = call;
  const link = createAttemptSignal([call.request.signal, engine.signal], Infinity, Infinity, false);
  try {
    await engine.config.sleep(ms, link.signal);
  } catch (error) {
    throw abortError(error);
  } finally {
    link.dispose();
  }
}

/** Waits out a spent rate-limit budget, or fails at once when it outlasts the call. */
export async function holdForBudget(call: Call): Promise<void> {
  const { engine } = call;
  const wait = engine.blockedUntil - Date.now();
  if (wait <= 0) return;

  if (wait > engine.config.retry.maxDelayMs || wait >= call.deadlineAt - Date.now()) {
    const until = new Date(engine.blockedUntil).toISOString();
    const serverMessage = `the rate-limit budget is spent until ${until}`;
    throw new TcRateLimitError({ status: 0, method: call.request.method, path: call.path, serverMessage, retryAfterMs: wait });
  }
  await waitFor(call, wait);
}
