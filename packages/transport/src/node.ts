// Entry for Node (the "node" export condition): sends through undici unless fetch is injected.
export { createTransport, type NodeTransportOptions } from "./create-node-transport.js";
export { BASE_URL_PRESETS } from "./base-url-presets.js";
export { encodePathSegment } from "./encode-path-segment.js";
export { buildUrl, type UrlDefaults } from "./build-url.js";
export { decodeXml, type DecodeXmlOptions } from "./decode-xml.js";
export { createRedactor, redactAuthorization, type Redactor } from "./redact.js";
export { parseRetryAfter, type RetryHint } from "./parse-retry-after.js";
export {
  TcAccessDeniedError,
  TcApiError,
  type TcApiErrorInit,
  TcConfigError,
  TcInvalidRequestError,
  TcNetworkError,
  TcNotFoundError,
  TcRateLimitError,
  TcServerError,
  TcSignatureError,
  TcTimeoutError,
  TcTimestampError,
  TcUnauthorizedError,
} from "./errors.js";
export type {
  BaseUrlPreset,
  CommonQuery,
  FetchLike,
  PaginateRequest,
  QueryValue,
  RequestInfo,
  ResponseInfo,
  RetryOptions,
  StreamResponse,
  TcFormat,
  TcMethod,
  TcRequest,
  Transport,
  TransportOptions,
} from "./types.js";
