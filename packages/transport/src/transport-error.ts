import type { AttemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { classifyNetworkError } from "./classify-network-error.js";
import { TcNetworkError, TcTimeoutError } from "./errors.js";

/** The caller's abort reason when it is an AbortError, else a fresh AbortError. */
export function abortError(reason: unknown): Error {
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new DOMException("The operation was aborted", "AbortError");
}

/** Turns what a sender or body read threw into an abort, a timeout or a network error. */
export function transportError(error: unknown, call: Call, link: AttemptSignal): unknown {
  const cause = link.cause();
  const context = { status: 0, method: call.request.method, path: call.path };

  if (cause === "caller") return abortError(link.signal?.reason);

  const failure = cause === undefined ? classifyNetworkError(error) : undefined;
  const deadline = cause === "deadline" || (failure?.timedOut === true && link.limitedByDeadline);
  if (deadline) {
    return new TcTimeoutError({ ...context, reason: `deadline of ${call.engine.config.deadlineMs}ms exceeded` });
  }
  if (cause === "timeout" || failure?.timedOut === true) {
    return new TcTimeoutError({ ...context, reason: `attempt timed out after ${call.engine.config.timeoutMs}ms` });
  }
  const { notSent, reason } = failure ?? classifyNetworkError(error);
  return new TcNetworkError({ ...context, notSent, reason, cause: error });
}

/** Awaits a send or body read, converting what it throws with {@link transportError}. */
export async function guard<T>(work: Promise<T>, call: Call, link: AttemptSignal): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw transportError(error, call, link);
  }
}
