import type { SendResponse } from "./sender.js";

/** Bytes of an error body worth reading: enough for any JSON message and a page excerpt. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/**
 * Reads a body as text up to about `maxBytes`, then lets go of the rest, so a huge or
 * endless error page costs neither memory nor the wait for its end.
 */
export async function readCappedText(response: SendResponse, maxBytes: number): Promise<string> {
  const reader = response.stream().getReader();
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;

  while (bytes < maxBytes) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }

  // The rest is not needed; cancelling closes the connection instead of draining it.
  reader.cancel().catch(() => undefined);
  return text;
}
