import { buildUrl } from "./build-url.js";
import type { Engine } from "./engine.js";
import { executeRequest } from "./execute-request.js";
import { paginate } from "./paginate.js";
import { prepareBody } from "./prepare-body.js";
import { createRedactor } from "./redact.js";
import { resolveConfig } from "./resolve-config.js";
import type { SendResponse, Sender } from "./sender.js";
import { toCurlCommand } from "./to-curl.js";
import type { TcRequest, Transport, TransportOptions } from "./types.js";

const DATA_MODE = { kind: "data" } as const;

function curlFor(engine: Engine, request: TcRequest): string {
  const { config } = engine;
  const url = buildUrl(config.baseUrl, request, { owner: config.owner, createActivityLog: engine.createActivityLog });
  const prepared = prepareBody(request);
  const format = request.format ?? config.format;

  const headers: Record<string, string> = { Accept: format === "xml" ? "application/xml" : "application/json" };
  if (config.auth.scheme === "TC") {
    headers.Timestamp = "<unix seconds>";
    // The real request is signed at send time; a curl for a bug report never needs the value.
    headers.Authorization = `TC ${config.accessId ?? "<accessId>"}:<signature>`;
  } else {
    headers.Authorization = "TC-Token <token>";
  }
  if (prepared.contentType !== undefined) headers["Content-Type"] = prepared.contentType;

  const body = typeof prepared.body === "string" ? prepared.body : undefined;
  const binaryBody = prepared.body !== undefined && body === undefined;
  return toCurlCommand({ method: request.method, url, headers, body, binaryBody }, engine.redactor);
}

/**
 * Builds a transport over a sender chosen by the entry point (undici in Node, fetch
 * elsewhere, or always the caller's fetch).
 */
export function assembleTransport(options: TransportOptions, sender: Sender): Transport {
  const config = resolveConfig(options);
  const engine: Engine = {
    config,
    redactor: createRedactor(config.secrets),
    sender,
    signal: options.signal,
    createActivityLog: options.createActivityLog,
    debug: options.debug,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
    blockedUntil: 0,
  };

  return {
    baseUrl: config.baseUrl,
    owner: config.owner,
    request: <T>(request: TcRequest) => executeRequest(engine, request, DATA_MODE) as Promise<T>,
    stream: async (request) => {
      const response = (await executeRequest(engine, request, { kind: "stream" })) as SendResponse;
      return { status: response.status, headers: response.headers(), body: response.stream() };
    },
    paginate: <T>(request: Parameters<Transport["paginate"]>[0]) => {
      // Build once up front so a bad path or query fails here, not on the first iteration.
      buildUrl(config.baseUrl, request, { owner: config.owner });
      return paginate<T>(request, (page, listKey) => executeRequest(engine, page, { kind: "data", listKey }));
    },
    toCurl: (request) => curlFor(engine, request),
  };
}
