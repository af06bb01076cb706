/**
 * A tiny runtime schema language. Each entity is described once; the same description gives
 * the TypeScript type (`Infer`) and the runtime check (`checkSchema`), so they cannot drift.
 */

/** A runtime description of a JSON value. @public */
export type Schema =
  | { readonly kind: "string" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "unknown" }
  | { readonly kind: "id" }
  | { readonly kind: "flag" }
  | { readonly kind: "nullable"; readonly inner: Schema }
  | { readonly kind: "literal"; readonly values: readonly string[] }
  | { readonly kind: "array"; readonly item: Schema }
  | { readonly kind: "record"; readonly value: Schema }
  | { readonly kind: "union"; readonly members: readonly Schema[] }
  | { readonly kind: "object"; readonly required: Fields; readonly optional: Fields };

/** Fields of an object schema. @public */
export type Fields = Readonly<Record<string, Schema>>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript type a schema describes. @public */
export type Infer<S> = S extends { kind: "string" }
  ? string
  : S extends { kind: "number" }
    ? number
    : S extends { kind: "boolean" }
      ? boolean
      : S extends { kind: "id" }
        ? number | string
        : S extends { kind: "flag" }
          ? boolean | "true" | "false"
          : S extends { kind: "nullable"; inner: infer I }
            ? Infer<I> | null
            : S extends { kind: "literal"; values: readonly (infer V)[] }
              ? V
              : S extends { kind: "array"; item: infer I }
                ? Infer<I>[]
                : S extends { kind: "record"; value: infer V }
                  ? Record<string, Infer<V>>
                  : S extends { kind: "union"; members: readonly (infer M)[] }
                    ? M extends Schema
                      ? Infer<M>
                      : never
                : S extends { kind: "object"; required: infer R; optional: infer O }
                  ? Simplify<{ -readonly [K in keyof R]: Infer<R[K]> } & { -readonly [K in keyof O]?: Infer<O[K]> }>
                  : unknown;

/** Schema builders. @public */
export const s = {
  string: () => ({ kind: "string" }) as const,
  number: () => ({ kind: "number" }) as const,
  boolean: () => ({ kind: "boolean" }) as const,
  unknown: () => ({ kind: "unknown" }) as const,
  /** Ids appear both as numbers and numeric strings (API reference §4.3). */
  id: () => ({ kind: "id" }) as const,
  /** Booleans some responses print as the strings "true"/"false" (§4.3). */
  flag: () => ({ kind: "flag" }) as const,
  nullable: <I extends Schema>(inner: I) => ({ kind: "nullable", inner }) as const,
  literal: <const V extends readonly string[]>(...values: V) => ({ kind: "literal", values }) as const,
  array: <I extends Schema>(item: I) => ({ kind: "array", item }) as const,
  record: <V extends Schema>(value: V) => ({ kind: "record", value }) as const,
  /** A value matching any member, e.g. the typed assets of a discriminated union. */
  union: <const M extends readonly Schema[]>(...members: M) => ({ kind: "union", members }) as const,
  /** An object with `required` and `optional` fields (pass `{}` when there are none). */
  object: <R extends Fields, O extends Fields>(required: R, optional: O) =>
    ({ kind: "object", required, optional }) as const,
};

/**
 * Checks `value` against `schema` and returns one line per mismatch (empty when it fits).
 * With `strict`, keys the schema does not declare are reported too.
 * @public
 */
export function checkSchema(schema: Schema, value: unknown, options: { strict?: boolean } = {}): string[] {
  const problems: string[] = [];
  walk(schema, value, "$", options.strict === true, problems);
  return problems;
}

function walk(schema: Schema, value: unknown, at: string, strict: boolean, out: string[]): void {
  switch (schema.kind) {
    case "unknown":
      return;
    case "string":
    case "number":
    case "boolean":
      if (typeof value !== schema.kind) out.push(`${at}: expected ${schema.kind}, got ${describe(value)}`);
      return;
    case "id":
      if (typeof value !== "number" && !(typeof value === "string" && /^\d+$/.test(value))) {
        out.push(`${at}: expected an id, got ${describe(value)}`);
      }
      return;
    case "flag":
      if (typeof value !== "boolean" && value !== "true" && value !== "false") {
        out.push(`${at}: expected a boolean or "true"/"false", got ${describe(value)}`);
      }
      return;
    case "nullable":
      if (value !== null) walk(schema.inner, value, at, strict, out);
      return;
    case "literal":
      if (typeof value !== "string" || !schema.values.includes(value)) {
        out.push(`${at}: expected one of ${schema.values.join(", ")}, got ${describe(value)}`);
      }
      return;
    case "array":
      if (!Array.isArray(value)) {
        out.push(`${at}: expected an array, got ${describe(value)}`);
        return;
      }
      value.forEach((item, index) => {
        walk(schema.item, item, `${at}[${index}]`, strict, out);
      });
      return;
    case "record":
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        out.push(`${at}: expected an object, got ${describe(value)}`);
        return;
      }
      for (const [key, item] of Object.entries(value)) walk(schema.value, item, `${at}.${key}`, strict, out);
      return;
    case "union":
      walkUnion(schema.members, value, at, strict, out);
      return;
    case "object":
      walkObject(schema, value, at, strict, out);
  }
}

/** Passes when one member fits; otherwise reports the member that came closest. */
function walkUnion(members: readonly Schema[], value: unknown, at: string, strict: boolean, out: string[]): void {
  let best: string[] | undefined;
  for (const member of members) {
    const problems: string[] = [];
    walk(member, value, at, strict, problems);
    if (problems.length === 0) return;
    if (best === undefined || problems.length < best.length) best = problems;
  }
  out.push(...(best ?? [`${at}: no union member`]));
}

function walkObject(
  schema: Extract<Schema, { kind: "object" }>,
  value: unknown,
  at: string,
  strict: boolean,
  out: string[],
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    out.push(`${at}: expected an object, got ${describe(value)}`);
    return;
  }

  const record = value as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema.required)) {
    if (!(key in record)) out.push(`${at}.${key}: missing`);
    else walk(field, record[key], `${at}.${key}`, strict, out);
  }
  for (const [key, field] of Object.entries(schema.optional)) {
    if (key in record && record[key] !== undefined) walk(field, record[key], `${at}.${key}`, strict, out);
  }

  if (!strict) return;
  for (const key of Object.keys(record)) {
    if (!(key in schema.required) && !(key in schema.optional)) out.push(`${at}.${key}: not declared`);
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `"${value.slice(0, 40)}"` : typeof value;
}
