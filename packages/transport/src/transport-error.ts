import type { AttemptSignal } from "./attempt-signal.js";
import type { Call } from "./call.js";
import { classifyNetworkError } from "./classify-network-error.js";
import { TcNetworkError, TcTimeoutError } from "./errors.js";
import type { SendResponse } from "./sender.js";
import { watchDeadline } from "./watch-deadline.js";

/**
 * The caller's abort reason, as fetch rejects with it (an AbortError, a TimeoutError from
 * AbortSignal.timeout, or the caller's own Error); a fresh AbortError when it is no Error.
 */
export function abortError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
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

/**
 * Awaits a body read like {@link guard}. When the sender enforces the attempt's time limit
 * itself, it only limits pauses between chunks, so a steady trickle would outlive the limit:
 * here the read is cut off at the limit.
 */
export async function guardBody<T>(work: Promise<T>, response: SendResponse, call: Call, link: AttemptSignal): Promise<T> {
  if (link.timed || !Number.isFinite(link.timeoutMs)) return guard(work, call, link);

  const state = { expired: false };
  const unwatch = watchDeadline(Date.now() + link.remainingMs(), () => {
    state.expired = true;
    response.cancel();
  });
  try {
    return await work;
  } catch (error) {
    if (!state.expired) throw transportError(error, call, link);
    const reason = link.limitedByDeadline
      ? `deadline of ${call.engine.config.deadlineMs}ms exceeded`
      : `attempt timed out after ${call.engine.config.timeoutMs}ms`;
    throw new TcTimeoutError({ status: 0, method: call.request.method, path: call.path, reason });
  } finally {
    unwatch();
  }
}

/** Awaits a send or body read, converting what it throws with {@link transportError}. */
export async function guard<T>(work: Promise<T>, call: Call, link: AttemptSignal): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw transportError(error, call, link);
  }
}
