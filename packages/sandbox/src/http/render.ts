import type { EnvelopeReply } from "./reply.js";
import { renderXmlEnvelope, renderXmlFailure } from "./render-xml.js";

export type Format = "json" | "xml";

const JSON_TYPE = "application/json";
const XML_TYPE = "application/xml";

/** XML only when the client asks for it (§3.1); JSON is the default. */
export function pickFormat(accept: string | null): Format {
  if (accept === null) return "json";
  const lower = accept.toLowerCase();
  if (lower.includes("application/json")) return "json";
  return lower.includes("application/xml") || lower.includes("text/xml") ? "xml" : "json";
}

/** Turn an envelope description into the HTTP response in the requested format. */
export function renderEnvelope(reply: EnvelopeReply, format: Format): Response {
  if (format === "xml") {
    return new Response(renderXmlEnvelope(reply), { status: reply.status, headers: { "content-type": XML_TYPE } });
  }

  const body: Record<string, unknown> = { status: "Success" };
  if (reply.key !== undefined) {
    const data: Record<string, unknown> = {};
    if (reply.resultCount !== undefined) data.resultCount = reply.resultCount;
    data[reply.key] = reply.value;
    body.data = data;
  }
  return new Response(JSON.stringify(body), { status: reply.status, headers: { "content-type": JSON_TYPE } });
}

/** `{"status":"Failure","message":…}` (§4.1). */
export function renderFailure(status: number, message: string, format: Format): Response {
  if (format === "xml") {
    return new Response(renderXmlFailure(message), { status, headers: { "content-type": XML_TYPE } });
  }
  return new Response(JSON.stringify({ status: "Failure", message }), { status, headers: { "content-type": JSON_TYPE } });
}
