/** An API failure rendered as a `{"status":"Failure","message":…}` envelope. */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** 404 with the message the real API returns for an unknown path or item (§9). */
export function notFound(): ApiError {
  return new ApiError(404, "The requested resource was not found");
}

/** 400 for a malformed request; the message names the field and the rule. */
export function badRequest(message: string): ApiError {
  return new ApiError(400, message);
}
