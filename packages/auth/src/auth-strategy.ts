/**
 * The request an auth strategy signs: its method and its request target
 * (path and query exactly as sent, e.g. from `requestTarget(url)`).
 *
 * @public
 */
export interface AuthRequest {
  method: string;
  target: string;
}

/**
 * A strategy produces the auth headers for one request; called afresh on
 * every attempt, so each retry gets a new timestamp.
 *
 * @public
 */
export interface AuthStrategy {
  readonly scheme: "TC" | "TC-Token";
  headers(request: AuthRequest): Promise<Record<string, string>>;
}
