import { lookupKey } from "./lookup-key.js";

/**
 * The indicator type registry: the ten types a Public Cloud instance reports from
 * `GET /v2/types/indicatorTypes` (reference §10.1).
 */

/** How the server folds the case of a value of this type (reference §10.1 `casePreference`). */
export type CasePreference = "upper" | "lower" | "sensitive";

/** One identifying value of an indicator type. @public */
export interface IndicatorValueField {
  /** Body key in typed requests and responses, e.g. `"ip"`, `"md5"`, `"Key Name"`. */
  readonly key: string;
  /** `valueNLabel` in the type descriptor, e.g. `"SHA-1"`, `"Key Name"`. */
  readonly label: string;
  /** `valueNType` in the type descriptor. */
  readonly type: "text" | "selectone";
  /** Allowed values of a `selectone` field (`valueNOption` split on `;`). */
  readonly options?: readonly string[];
}

/** Everything the SDK and the sandbox need to know about one indicator type. @public */
export interface IndicatorTypeInfo {
  /** Type name used in `type` fields and batch files, e.g. `"Address"`, `"Registry Key"`. */
  readonly name: string;
  /** URL segment under `/v2/indicators/`, e.g. `"addresses"`, `"cidrBlocks"`. */
  readonly apiBranch: string;
  /** Key under `data` in typed responses, e.g. `"address"`, `"cidrBlock"`. */
  readonly apiEntity: string;
  readonly custom: boolean;
  readonly parsable: boolean;
  readonly casePreference?: CasePreference;
  /** Body keys of the identifying values, in summary order. */
  readonly valueFields: readonly string[];
  /** Labels, value types and options of the identifying values, in summary order. */
  readonly values: readonly IndicatorValueField[];
  /** Whether at least one but not every value may be given (File: any 1–3 hashes). */
  readonly partialValues: boolean;
  /** Type-specific writable body fields besides the values (hosts `dnsActive`, files `size`). */
  readonly extraFields: readonly string[];
  /** Whether `privateFlag` may be set (reference §11.3: built-in types only). */
  readonly privateAllowed: boolean;
}

/** Registry `Value Type` options (reference §10.1, `value3Option`). @public */
export const REGISTRY_VALUE_TYPES = [
  "REG_NONE",
  "REG_BINARY",
  "REG_DWORD",
  "REG_DWORD_LITTLE_ENDIAN",
  "REG_DWORD_BIG_ENDIAN",
  "REG_EXPAND_SZ",
  "REG_LINK",
  "REG_MULTI_SZ",
  "REG_QWORD",
  "REG_QWORD_LITTLE_ENDIAN",
  "REG_SZ",
] as const;

/** A registry `Value Type`. @public */
export type RegistryValueType = (typeof REGISTRY_VALUE_TYPES)[number];

function text(key: string, label: string = key): IndicatorValueField {
  return { key, label, type: "text" };
}

function builtIn(
  name: string,
  apiBranch: string,
  apiEntity: string,
  values: readonly IndicatorValueField[],
  extraFields: readonly string[] = [],
): IndicatorTypeInfo {
  return {
    name,
    apiBranch,
    apiEntity,
    custom: false,
    parsable: true,
    valueFields: values.map((v) => v.key),
    values,
    partialValues: values.length > 1,
    extraFields,
    privateAllowed: true,
  };
}

function custom(
  name: string,
  apiBranch: string,
  apiEntity: string,
  parsable: boolean,
  casePreference: CasePreference,
  values: readonly IndicatorValueField[],
): IndicatorTypeInfo {
  return {
    name,
    apiBranch,
    apiEntity,
    custom: true,
    parsable,
    casePreference,
    valueFields: values.map((v) => v.key),
    values,
    partialValues: false,
    extraFields: [],
    privateAllowed: false,
  };
}

/** Address (IPv4 or IPv6). @public */
export const ADDRESS_TYPE = builtIn("Address", "addresses", "address", [text("ip")]);
/** EmailAddress. @public */
export const EMAIL_ADDRESS_TYPE = builtIn("EmailAddress", "emailAddresses", "emailAddress", [
  text("address"),
]);
/** File: one to three hashes. @public */
export const FILE_TYPE = builtIn(
  "File",
  "files",
  "file",
  [text("md5", "MD5"), text("sha1", "SHA-1"), text("sha256", "SHA-256")],
  ["size"],
);
/** Host (domain name). @public */
export const HOST_TYPE = builtIn("Host", "hosts", "host", [text("hostName")], ["dnsActive", "whoisActive"]);
/** URL. @public */
export const URL_TYPE = builtIn("URL", "urls", "url", [text("text")]);
/** ASN, e.g. `ASN12345`. @public */
export const ASN_TYPE = custom("ASN", "asns", "asn", true, "upper", [text("AS Number")]);
/** CIDR block. @public */
export const CIDR_TYPE = custom("CIDR", "cidrBlocks", "cidrBlock", true, "lower", [text("Block")]);
/** Mutex. @public */
export const MUTEX_TYPE = custom("Mutex", "mutexes", "mutex", false, "sensitive", [text("Mutex")]);
/** Registry Key: key name, value name and value type. @public */
export const REGISTRY_KEY_TYPE = custom("Registry Key", "registryKeys", "registryKey", false, "sensitive", [
  text("Key Name"),
  text("Value Name"),
  { key: "Value Type", label: "Value Type", type: "selectone", options: REGISTRY_VALUE_TYPES },
]);
/** User Agent. @public */
export const USER_AGENT_TYPE = custom("User Agent", "userAgents", "userAgent", false, "sensitive", [
  text("User Agent String"),
]);

/** The built-in indicator types, in the order the API lists them. @public */
export const INDICATOR_TYPES: readonly IndicatorTypeInfo[] = [
  ADDRESS_TYPE,
  EMAIL_ADDRESS_TYPE,
  FILE_TYPE,
  HOST_TYPE,
  URL_TYPE,
  ASN_TYPE,
  CIDR_TYPE,
  MUTEX_TYPE,
  REGISTRY_KEY_TYPE,
  USER_AGENT_TYPE,
];

/** Names of the built-in indicator types. @public */
export type IndicatorTypeName =
  | "Address"
  | "EmailAddress"
  | "File"
  | "Host"
  | "URL"
  | "ASN"
  | "CIDR"
  | "Mutex"
  | "Registry Key"
  | "User Agent";

/** Spellings seen in SDKs and batch files that are neither a name, a branch nor an entity. */
const ALIASES: readonly (readonly [string, IndicatorTypeInfo])[] = [
  ["cidrblock", CIDR_TYPE],
  ["ipaddress", ADDRESS_TYPE],
  ["asnumber", ASN_TYPE],
  ["domain", HOST_TYPE],
  ["hostname", HOST_TYPE],
];

/** Builds a case- and spacing-insensitive index over names, branches, entities and aliases. */
export function indexIndicatorTypes(
  types: readonly IndicatorTypeInfo[],
): ReadonlyMap<string, IndicatorTypeInfo> {
  const index = new Map<string, IndicatorTypeInfo>();
  for (const [alias, type] of ALIASES) {
    if (types.includes(type)) index.set(alias, type);
  }

  // Later entries win, so a custom type list can shadow an alias.
  for (const type of types) {
    index.set(lookupKey(type.name), type);
    index.set(lookupKey(type.apiBranch), type);
    index.set(lookupKey(type.apiEntity), type);
  }
  return index;
}

const INDEX = indexIndicatorTypes(INDICATOR_TYPES);

/** Exact spellings first, so hot validation loops that pass a name skip the folding. */
const EXACT = new Map<string, IndicatorTypeInfo>();
for (const type of INDICATOR_TYPES) {
  EXACT.set(type.name, type);
  EXACT.set(type.apiBranch, type);
  EXACT.set(type.apiEntity, type);
}

/**
 * Finds an indicator type by name (`"Registry Key"`), URL branch (`"registryKeys"`) or JSON entity
 * key (`"registryKey"`), ignoring case, spaces, `_` and `-`. Searches the built-ins, or `types`
 * when given (e.g. an instance's list including its own custom types).
 * @public
 */
export function findIndicatorType(
  nameOrBranchOrEntity: string,
  types?: readonly IndicatorTypeInfo[],
): IndicatorTypeInfo | undefined {
  if (types === undefined) {
    return EXACT.get(nameOrBranchOrEntity) ?? INDEX.get(lookupKey(nameOrBranchOrEntity));
  }
  const key = lookupKey(nameOrBranchOrEntity);
  return types.find(
    (t) => lookupKey(t.name) === key || lookupKey(t.apiBranch) === key || lookupKey(t.apiEntity) === key,
  );
}
