import type { PaginateRequest, StreamResponse, TcRequest, Transport } from "@tcapi/transport";

/**
 * A transport that records each request and answers with a value in which every key exists,
 * so client code runs to completion without a server. Used to see which route a method calls.
 */
export function recordingTransport(owner = "Example Organization"): Transport & { readonly sent: TcRequest[] } {
  const sent: TcRequest[] = [];
  const anything = (): unknown =>
    new Proxy({}, { has: () => true, get: (_target, key) => (key === "then" ? undefined : { batchId: 1 }) });

  return {
    sent,
    baseUrl: new URL("http://127.0.0.1/api"),
    owner,
    request: <T>(request: TcRequest) => {
      sent.push(request);
      return Promise.resolve(anything() as T);
    },
    stream: (request: TcRequest): Promise<StreamResponse> => {
      sent.push(request);
      return Promise.resolve({ status: 200, headers: new Headers(), body: new Blob(["[]"]).stream() });
    },
    paginate: <T>(request: PaginateRequest): AsyncIterable<T> => ({
      [Symbol.asyncIterator]: () => {
        sent.push(request);
        return { next: () => Promise.resolve({ done: true as const, value: undefined }) };
      },
    }),
    toCurl: () => "curl",
  };
}
