import { fail } from "./validation-error.js";

/**
 * Makes every client call report input errors the same way as server errors: a call that
 * would throw while building its request returns a rejected promise (and, for lists, an
 * iterable that throws on first use) instead of throwing synchronously. Handle factories
 * (`at`, `associations`, `actions`, `securityLabels(id)`, `ofType`) build no request and
 * still throw at once, so a bad id is reported where it was written.
 * @internal
 */
export function withAsyncErrors<T extends object>(resource: T): T {
  return new Proxy(resource, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value === "function") return wrapFunction(value as (...args: unknown[]) => unknown, target, String(key));
      if (isPlainObject(value) && key !== "transport") return withAsyncErrors(value);
      return value;
    },
  });
}

const FACTORIES = new Set(["at", "associations", "actions", "securityLabels", "ofType"]);

function wrapFunction(fn: (...args: unknown[]) => unknown, owner: object, name: string) {
  return (...args: unknown[]): unknown => {
    let result: unknown;
    try {
      checkNotNull(name, args);
      result = fn.apply(owner, args);
    } catch (error) {
      if (FACTORIES.has(name)) throw error;
      return failed(error);
    }
    return isPlainObject(result) ? withAsyncErrors(result) : result;
  };
}

/** No method takes `null` (owners are `null` inside options); untyped callers get told so. */
function checkNotNull(name: string, args: unknown[]): void {
  const index = args.indexOf(null);
  if (index === -1) return;
  fail(
    `argument ${String(index + 1)}`,
    "type",
    `Argument ${String(index + 1)} of ${name}() is null; pass the value itself, or leave out an optional argument.`,
  );
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A rejected promise that is also an async iterable failing on its first step. */
function failed(error: unknown): Promise<never> & AsyncIterable<never> {
  const reason = error instanceof Error ? error : new Error(String(error));
  const promise = Promise.reject(reason);

  // Callers that iterate never await the promise; mark it handled so Node does not warn.
  promise.catch(() => undefined);
  return Object.assign(promise, {
    [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(reason) }),
  });
}
