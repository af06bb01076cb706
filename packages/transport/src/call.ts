import { requestTarget } from "@tcapi/auth";
import { buildUrl } from "./build-url.js";
import type { Engine } from "./engine.js";
import { checkFormat } from "./resolve-config.js";
import type { TcRequest } from "./types.js";

/** One call's fixed facts, computed before its first attempt. */
export interface Call {
  engine: Engine;
  request: TcRequest;
  url: string;
  target: string;
  /** The redacted target for errors; built lazily, since most calls never need it. */
  readonly path: string;
  accept: string;
  deadlineAt: number;
  /** The credential part of the latest attempt's Authorization, masked if a server echoes it. */
  sentCredential: string | undefined;
}

/** Validates and builds everything about a call that does not change between attempts. */
export function prepareCall(engine: Engine, request: TcRequest): Call {
  const format = checkFormat(request.format ?? engine.config.format, "format");
  const url = buildUrl(engine.config.baseUrl, request, {
    owner: engine.config.owner,
    createActivityLog: engine.createActivityLog,
  });
  const target = requestTarget(url);
  return {
    engine,
    request,
    url,
    target,
    get path() {
      return engine.redactor.url(target);
    },
    accept: format === "xml" ? "application/xml" : "application/json",
    deadlineAt: Date.now() + engine.config.deadlineMs,
    sentCredential: undefined,
  };
}
