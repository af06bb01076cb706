import type { CasePreference, IndicatorTypeInfo, IndicatorValueField } from "./indicator-types.js";
import { INDICATOR_TYPES } from "./indicator-types.js";

/**
 * One element of `data.indicatorType` as `GET /v2/types/indicatorTypes` returns it (reference §11.2).
 * Flags are the strings `"true"`/`"false"` (reference §4.3).
 * @public
 */
export interface IndicatorTypeDescriptor {
  name: string;
  custom: "true" | "false";
  parsable: "true" | "false";
  apiBranch: string;
  apiEntity: string;
  casePreference?: CasePreference;
  value1Label?: string;
  value1Type?: string;
  value2Label?: string;
  value2Type?: string;
  value3Label?: string;
  value3Type?: string;
  /** `;`-separated options of a `selectone` third value. */
  value3Option?: string;
  /** With `includeAdditional=true` (5.8+): `{ key1: "ip" }`, `{ key1: "md5", key2: "sha1", key3: "sha256" }`. */
  keys?: Record<string, string>;
  /** With `includeAdditional=true` on a single type (5.2+). */
  regexes?: string[];
}

/** Server-side extraction regexes; the docs publish only the File ones (reference §10.1). */
const REGEXES: Readonly<Record<string, readonly string[]>> = {
  File: ["\\b([a-fA-F\\d]{32})\\b", "\\b([a-fA-F\\d]{40})\\b", "\\b([a-fA-F\\d]{64})\\b"],
};

/**
 * The descriptor the API returns for an indicator type. Built-in types other than File carry no
 * value labels; File carries them only with `additional` (fixtures 151 and 154). Single-value
 * custom types carry an empty `value2Label` (fixture 151).
 * @public
 */
export function indicatorTypeDescriptor(
  type: IndicatorTypeInfo,
  options: { additional?: boolean } = {},
): IndicatorTypeDescriptor {
  const additional = options.additional === true;
  const descriptor: IndicatorTypeDescriptor = {
    name: type.name,
    custom: type.custom ? "true" : "false",
    parsable: type.parsable ? "true" : "false",
    apiBranch: type.apiBranch,
    apiEntity: type.apiEntity,
  };
  if (type.casePreference !== undefined) descriptor.casePreference = type.casePreference;

  if (type.custom || (additional && type.values.length > 1)) {
    addValueLabels(descriptor, type.values, type.custom);
  }

  if (additional) {
    const keys: Record<string, string> = {};
    type.valueFields.forEach((field, i) => (keys[`key${String(i + 1)}`] = field));
    descriptor.keys = keys;
    const regexes = REGEXES[type.name];
    if (regexes !== undefined) descriptor.regexes = [...regexes];
  }
  return descriptor;
}

function addValueLabels(
  descriptor: IndicatorTypeDescriptor,
  values: readonly IndicatorValueField[],
  padSecond: boolean,
): void {
  const [first, second, third] = values;
  if (first !== undefined) {
    descriptor.value1Label = first.label;
    descriptor.value1Type = first.type;
  }
  if (second !== undefined) {
    descriptor.value2Label = second.label;
    descriptor.value2Type = second.type;
  } else if (padSecond) {
    descriptor.value2Label = "";
  }
  if (third !== undefined) {
    descriptor.value3Label = third.label;
    descriptor.value3Type = third.type;
    if (third.options !== undefined) descriptor.value3Option = third.options.join(";");
  }
}

/** Descriptors of the built-in types as the plain list call returns them. @public */
export const INDICATOR_TYPE_DESCRIPTORS: readonly IndicatorTypeDescriptor[] = INDICATOR_TYPES.map(
  (type) => indicatorTypeDescriptor(type),
);

function isTrue(flag: unknown): boolean {
  return flag === true || flag === "true";
}

function field(
  key: string,
  label: string,
  valueType: string | undefined,
  option: string | undefined,
): IndicatorValueField {
  if (valueType === "selectone" && option !== undefined && option !== "") {
    return { key, label, type: "selectone", options: option.split(";") };
  }
  return { key, label, type: "text" };
}

/**
 * Turns a descriptor fetched from an instance into registry info, so an instance's own custom
 * types (e.g. `Hashtag`) can be validated and summarised like the built-ins. For custom types the
 * body keys are the value labels (reference §10.1); for built-ins the `keys` map (or the built-in
 * registry) supplies them.
 * @public
 */
export function indicatorTypeFromDescriptor(descriptor: IndicatorTypeDescriptor): IndicatorTypeInfo {
  const builtIn = INDICATOR_TYPES.find((t) => t.name === descriptor.name && !t.custom);
  if (builtIn !== undefined && !isTrue(descriptor.custom)) return builtIn;

  const labels = [
    [descriptor.value1Label, descriptor.value1Type, undefined],
    [descriptor.value2Label, descriptor.value2Type, undefined],
    [descriptor.value3Label, descriptor.value3Type, descriptor.value3Option],
  ] as const;
  const values: IndicatorValueField[] = [];
  labels.forEach(([label, valueType, option], i) => {
    if (label === undefined || label === "") return;
    const key = descriptor.keys?.[`key${String(i + 1)}`] ?? label;
    values.push(field(key, label, valueType, option));
  });

  const info: IndicatorTypeInfo = {
    name: descriptor.name,
    apiBranch: descriptor.apiBranch,
    apiEntity: descriptor.apiEntity,
    custom: isTrue(descriptor.custom),
    parsable: isTrue(descriptor.parsable),
    valueFields: values.map((v) => v.key),
    values,
    partialValues: false,
    extraFields: [],
    privateAllowed: !isTrue(descriptor.custom),
  };
  return descriptor.casePreference === undefined
    ? info
    : { ...info, casePreference: descriptor.casePreference };
}
