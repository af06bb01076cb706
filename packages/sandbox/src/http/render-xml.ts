import { XMLBuilder } from "fast-xml-parser";
import type { EnvelopeReply } from "./reply.js";
import { elementName, plural } from "./xml-names.js";

// fast-xml-parser 5 marks XMLBuilder deprecated in favour of a separate package; the project standardises on fast-xml-parser.
// eslint-disable-next-line @typescript-eslint/no-deprecated
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  suppressEmptyNode: true,
  format: false,
  processEntities: true,
});

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

// XML 1.0 has no escape for these (not even &#1;), so a stored control character would make the
// whole document ill-formed; they are shown as U+FFFD instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "\ufffd");
}

/** `<xxxResponse><Status>Success</Status><Data xsi:type=…>…</Data></xxxResponse>` (§5). */
export function renderXmlEnvelope(reply: EnvelopeReply): string {
  const isList = Array.isArray(reply.value);
  const key = reply.key;
  const root = reply.xmlRoot ?? (key === undefined ? "successResponse" : `${isList ? plural(key) : key}Response`);
  const body: Record<string, unknown> = { Status: "Success" };

  if (key !== undefined) {
    const data: Record<string, unknown> = {
      "@_xsi:type": reply.xmlDataType ?? `${key}${isList ? "List" : ""}ResponseData`,
      "@_xmlns:xsi": XSI,
    };
    if (reply.resultCount !== undefined) data.ResultCount = reply.resultCount;
    data[elementName(key)] = toXmlValue(reply.value, key);
    body.Data = data;
  }

  return builder.build({ [root]: body });
}

/** Failure envelopes are not documented in XML; this mirrors the success shape. */
export function renderXmlFailure(message: string): string {
  return builder.build({ errorResponse: { Status: "Failure", Message: xmlText(message) } });
}

/** Any JSON-like value with no envelope, under the given root (bulk status). */
export function renderXmlDocument(root: string, value: Record<string, unknown>): string {
  return builder.build({ [root]: toXmlValue(value, root) });
}

function toXmlValue(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((item) => toXmlValue(item, key));
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return xmlText(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value !== "object") return "";

  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  // Polymorphic owners carry their own xsi:type (§5: <Owner xsi:type="organization">).
  if (key === "owner" && typeof record.type === "string") out["@_xsi:type"] = record.type.toLowerCase();
  for (const [name, child] of Object.entries(record)) {
    if (child === undefined) continue;
    out[elementName(name)] = toXmlValue(child, name);
  }
  return out;
}
