import type { AuthStrategy } from "./auth-strategy.js";
import { requestTarget } from "./request-target.js";
import { normalizeMethod } from "./validate.js";

/**
 * Wraps `fetch` so every call is signed by `auth`: the exact path and query of
 * the URL being sent, a fresh timestamp on each call (so each retry re-signs),
 * and the upper-case method that was signed.
 *
 * @param fetchImpl - the fetch to call. @defaultValue globalThis.fetch
 * @public
 */
export function createSignedFetch(auth: AuthStrategy, fetchImpl?: typeof fetch): typeof fetch {
  if (typeof auth !== "object" || typeof auth.headers !== "function") {
    throw new TypeError("@tcapi/auth: auth must be an AuthStrategy such as createHmacAuth({ accessId, secretKey })");
  }

  const send = fetchImpl ?? globalThis.fetch;

  if (typeof send !== "function") {
    throw new TypeError("@tcapi/auth: fetchImpl must be a fetch function (none is available globally)");
  }

  return async (input, init) => {
    const request = new Request(input, init);

    // fetch upper-cases only the standard methods; send the form we signed.
    const method = normalizeMethod(request.method);
    const target = requestTarget(request.url);
    const authHeaders = await auth.headers({ method, target });
    const headers = new Headers(request.headers);

    for (const [name, value] of Object.entries(authHeaders)) {
      headers.set(name, value);
    }

    return send(new Request(request, { method, headers }));
  };
}
