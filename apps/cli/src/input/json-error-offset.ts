/**
 * The offset of the first JSON syntax error in `text` (RFC 8259), or undefined when it parses.
 * V8 names an offset for most errors but not for "Unexpected token 'x'", so the position is
 * found by scanning rather than by reading the engine's message.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;

  const space = (): void => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const digits = (): boolean => {
    const start = at;
    while (at < text.length && /[0-9]/.test(text.charAt(at))) at++;
    return at > start;
  };

  // Each step returns false with `at` on the offending character (or the end).
  const value = (): boolean => {
    space();
    const char = text.charAt(at);
    if (char === "{") return container("}", true);
    if (char === "[") return container("]", false);
    if (char === '"') return string();
    if (char === "-" || /[0-9]/.test(char)) return number();
    for (const word of ["true", "false", "null"]) {
      if (char !== word.charAt(0)) continue;
      for (const expected of word) {
        if (text.charAt(at) !== expected) return false;
        at++;
      }
      return true;
    }
    return false;
  };

  const container = (close: string, keyed: boolean): boolean => {
    at++;
    space();
    if (text.charAt(at) === close) {
      at++;
      return true;
    }
    for (;;) {
      if (keyed) {
        space();
        if (text.charAt(at) !== '"' || !string()) return false;
        space();
        if (text.charAt(at) !== ":") return false;
        at++;
      }
      if (!value()) return false;
      space();
      const next = text.charAt(at);
      at++;
      if (next === close) return true;
      if (next !== ",") {
        at--;
        return false;
      }
    }
  };

  const string = (): boolean => {
    at++;
    while (at < text.length) {
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return true;
      }
      if (char < " ") return false;
      if (char === "\\") {
        at++;
        const escape = text.charAt(at);
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) return false;
          at += 4;
        } else if (!'"\\/bfnrt'.includes(escape) || escape === "") return false;
      }
      at++;
    }
    return false;
  };

  const number = (): boolean => {
    if (text.charAt(at) === "-") at++;
    if (text.charAt(at) === "0") at++;
    else if (!digits()) return false;
    if (text.charAt(at) === ".") {
      at++;
      if (!digits()) return false;
    }
    if (text.charAt(at) === "e" || text.charAt(at) === "E") {
      at++;
      if (text.charAt(at) === "+" || text.charAt(at) === "-") at++;
      if (!digits()) return false;
    }
    return true;
  };

  if (!value()) return Math.min(at, text.length);
  space();
  return at < text.length ? at : undefined;
}
