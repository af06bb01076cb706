import { XMLParser } from "fast-xml-parser";
import { BOOLEAN_KEYS, NESTED_LIST_KEYS, NUMBER_KEY_PATTERN, NUMBER_KEYS } from "./xml-key-registry.js";

/** Options of {@link decodeXml}. */
export interface DecodeXmlOptions {
  /** The list key under data (from the caller's knowledge); set to [] when the page is empty. */
  listKey?: string;
}

type XmlObject = Record<string, unknown>;

const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
// The list/single decision comes from Data's xsi:type (reference §5); reading it with a
// regex lets the parser skip every attribute, which keeps decoding close to a bare parse.
const DATA_TYPE = /<Data\b[^>]*\bxsi:type\s*=\s*"([^"]*)"/;

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function typedValue(key: string, value: string): unknown {
  if (NUMBER_KEYS.has(key) || NUMBER_KEY_PATTERN.test(key)) {
    return NUMERIC.test(value) ? Number(value) : value;
  }
  if (BOOLEAN_KEYS.has(key) && (value === "true" || value === "false")) return value === "true";
  return value;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  jPath: false,
  // Element names are PascalCase JSON keys; descriptor fields that are already camelCase
  // (`casePreference`, `value1Label`) are unaffected by lowering the first letter.
  transformTagName: lowerFirst,
  tagValueProcessor: (tagName, value) => typedValue(tagName, value),
  isArray: (tagName) => NESTED_LIST_KEYS.has(tagName),
});

function isObject(value: unknown): value is XmlObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shapeData(data: unknown, isList: boolean, listKey: string | undefined): unknown {
  const shaped: XmlObject = isObject(data) ? data : {};

  for (const [key, value] of Object.entries(shaped)) {
    if (key === "resultCount") continue;
    if (isList && !Array.isArray(value)) shaped[key] = [value];
    // A single item under Data whose key is also a nested list key was wrapped by the parser.
    if (!isList && Array.isArray(value) && value.length === 1 && NESTED_LIST_KEYS.has(key)) {
      shaped[key] = value[0];
    }
  }

  if (isList && listKey !== undefined) shaped[listKey] ??= [];
  return shaped;
}

/**
 * Decodes a v2 XML body into the object the JSON body would give (reference §5): element
 * names to camelCase keys, `<x>Response` roots unwrapped to `{status, data}`, other roots
 * (e.g. `<BulkStatus>`) to `{bulkStatus: …}`, numbers and booleans typed by key, attributes
 * dropped (the `xsi:type` on `<Owner>` duplicates `<Type>`), and lists as arrays: under
 * `Data` when its `xsi:type` is a `…ListResponseData`, below it by the nested-list registry,
 * and wherever an element repeats.
 */
export function decodeXml(text: string, options: DecodeXmlOptions = {}): unknown {
  const parsed = parser.parse(text) as XmlObject;

  const rootName = Object.keys(parsed).find((key) => key !== "?xml");
  if (rootName === undefined) throw new SyntaxError("XML body has no root element");
  const root = parsed[rootName];

  if (!rootName.endsWith("Response") || !isObject(root)) return { [rootName]: root };

  if ("data" in root) {
    const isList = DATA_TYPE.exec(text)?.[1]?.endsWith("ListResponseData") ?? false;
    root.data = shapeData(root.data, isList, options.listKey);
  }
  return root;
}
