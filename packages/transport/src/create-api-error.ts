import {
  TcAccessDeniedError,
  TcApiError,
  type TcApiErrorInit,
  TcInvalidRequestError,
  TcNotFoundError,
  TcRateLimitError,
  TcServerError,
  TcSignatureError,
  TcTimestampError,
  TcUnauthorizedError,
} from "./errors.js";

/**
 * Picks the error class for a failed response. Server message strings (reference §9) win
 * over the status, because v2 reports several auth failures with the same 403.
 */
export function createApiError(init: TcApiErrorInit): TcApiError {
  const message = init.serverMessage ?? "";

  if (/signature data did not match/i.test(message)) return new TcSignatureError(init);
  if (/timestamp out of acceptable time range|invalid timestamp/i.test(message)) {
    return new TcTimestampError(init);
  }
  if (/requested (resource|owner) was not found/i.test(message) || init.status === 404) {
    return new TcNotFoundError(init);
  }
  if (init.status === 429) return new TcRateLimitError(init);
  if (init.status >= 500) return new TcServerError(init);
  if (/^access denied$|access was denied/i.test(message) || init.status === 403) {
    return new TcAccessDeniedError(init);
  }
  if (init.status === 401) return new TcUnauthorizedError(init);
  if (init.status === 400 || init.status === 422 || init.status < 400) {
    return new TcInvalidRequestError(init);
  }
  return new TcApiError(init);
}
