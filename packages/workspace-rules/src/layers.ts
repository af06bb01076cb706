/**
 * The layer of every workspace package. A package may depend only on packages of a
 * strictly lower layer: never upward, never sideways. Adding a package means adding it here.
 */
export const LAYERS: Readonly<Record<string, number>> = {
  "@tcapi/auth": 0,
  "@tcapi/model": 0,
  "@tcapi/transport": 1,
  "@tcapi/sandbox": 1,
  "@tcapi/v2": 2,
  tcapi: 3,
};

/** Packages that must ship with no runtime dependencies at all, so others can embed them freely. */
export const DEPENDENCY_FREE: readonly string[] = ["@tcapi/auth"];
