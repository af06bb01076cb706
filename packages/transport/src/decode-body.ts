import { decodeXml } from "./decode-xml.js";

/**
 * Decodes a response body by its content type, falling back to sniffing the first character.
 * HTML (a proxy's login or error page) is refused rather than parsed as XML.
 */
export function decodeBody(text: string, contentType: string | null, listKey?: string): unknown {
  // A regex stops at the first visible character; trim() would copy the whole body.
  if (!/\S/.test(text)) return undefined;

  const type = contentType?.toLowerCase() ?? "";
  if (type.includes("html")) throw new SyntaxError("got an HTML page where JSON or XML was expected");

  const looksXml = type.includes("xml") || (!type.includes("json") && text.trimStart().startsWith("<"));
  if (looksXml) return decodeXml(text, listKey === undefined ? {} : { listKey });
  return JSON.parse(text) as unknown;
}
