import { badRequest } from "./api-error.js";

/** Query parameters decoded once, in arrival order; names are matched case-insensitively. */
export class Query {
  private readonly values = new Map<string, string[]>();

  constructor(rawSearch: string) {
    const text = rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch;
    if (text === "") return;

    for (const part of text.split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const name = decodeFormComponent(eq === -1 ? part : part.slice(0, eq), "parameter name");
      const value = eq === -1 ? "" : decodeFormComponent(part.slice(eq + 1), name);
      const key = name.toLowerCase();
      const list = this.values.get(key);
      if (list) list.push(value);
      else this.values.set(key, [value]);
    }
  }

  /** The first value of a parameter, or undefined. */
  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase())?.[0];
  }

  /** Every value of a parameter. */
  all(name: string): readonly string[] {
    return this.values.get(name.toLowerCase()) ?? [];
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  /** `true`/`false` flags; anything else but absence is a 400. */
  flag(name: string): boolean {
    const value = this.get(name);
    if (value === undefined) return false;
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "") return true;
    if (lower === "false") return false;
    throw badRequest(`The ${name} query parameter must be true or false, got "${value}"`);
  }
}

/** Form-style decoding: `+` is a space, then percent escapes are decoded once. */
export function decodeFormComponent(text: string, what: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    throw badRequest(`The ${what} query parameter is not valid percent-encoding`);
  }
}

/** Path segments are decoded once; `+` stays a plus sign there. */
export function decodePathSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw badRequest(`The path segment "${text}" is not valid percent-encoding`);
  }
}
