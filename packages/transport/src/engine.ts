import type { Redactor } from "./redact.js";
import type { ResolvedConfig } from "./resolve-config.js";
import type { Sender } from "./sender.js";
import type { RequestInfo, ResponseInfo } from "./types.js";

/** The per-transport state shared by every call. */
export interface Engine {
  config: ResolvedConfig;
  redactor: Redactor;
  sender: Sender;
  signal: AbortSignal | undefined;
  createActivityLog: boolean | undefined;
  debug: ((line: string) => void) | undefined;
  onRequest: ((info: RequestInfo) => void) | undefined;
  onResponse: ((info: ResponseInfo) => void) | undefined;
  /** Epoch ms before which no request is sent (a spent rate-limit budget). */
  blockedUntil: number;
}
