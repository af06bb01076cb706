/** Folds case, spaces, `_` and `-` so "Email Address", "emailaddress" and "REGISTRY_KEY" all match. */
export function lookupKey(name: string): string {
  return name.replace(/[\s_-]+/g, "").toLowerCase();
}
