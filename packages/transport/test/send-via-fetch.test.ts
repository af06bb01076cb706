import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { createFetchSender } from "../src/send-via-fetch.js";

const answer = (): Promise<Response> => Promise.resolve(new Response('{"status":"Success"}'));

function sendWith(signal: AbortSignal, fetchImpl: (request: Request) => Promise<Response> = answer) {
  return createFetchSender(fetchImpl).send({
    method: "POST",
    url: "http://127.0.0.1/api/v2/batch/1",
    origin: "http://127.0.0.1",
    target: "/api/v2/batch/1",
    headers: { "Content-Type": "application/octet-stream" },
    body: "x".repeat(1024),
    signal,
    timeoutMs: 60_000,
  });
}

/** Listeners that a bare Request made with the same signal leaves on it (fetch's own). */
function requestOwnListeners(): number {
  const controller = new AbortController();
  new Request("http://127.0.0.1/", { signal: controller.signal });
  return getEventListeners(controller.signal, "abort").length;
}

describe("createFetchSender", () => {
  // A listener left on a long-lived signal keeps the Request, and its body, alive as long as the
  // signal: a batch import of many 2 MB uploads under one timeout signal would hold them all.
  it("lets go of the request once its response body has been read", async () => {
    const controller = new AbortController();

    const response = await sendWith(controller.signal);
    expect(getEventListeners(controller.signal, "abort").length).toBeGreaterThan(requestOwnListeners());

    await response.text();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(requestOwnListeners());
  });

  it("lets go of the request when its response body is dropped", async () => {
    const controller = new AbortController();

    (await sendWith(controller.signal)).cancel();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(requestOwnListeners());
  });

  it("lets go of the request when the exchange fails", async () => {
    const controller = new AbortController();
    const refuse = (): Promise<Response> => Promise.reject(new TypeError("fetch failed"));

    await expect(sendWith(controller.signal, refuse)).rejects.toThrow("fetch failed");
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(requestOwnListeners());
  });
});
