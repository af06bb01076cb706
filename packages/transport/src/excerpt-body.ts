const MAX_EXCERPT = 300;

/** Longest server message kept from a JSON or XML error body; the rest is cut. */
export const MAX_SERVER_MESSAGE = 1_000;

/** `text` cut to `max` characters, marked with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A short single-line excerpt of a non-JSON error body (plain text, or an HTML page from a
 * proxy): the HTML title and text without tags, whitespace collapsed, cut at 300 characters.
 */
export function excerptBody(body: string): string {
  let text = body;
  if (/<html|<!doctype html/i.test(text)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1] ?? "";
    const inner = /<body[^>]*>([\s\S]*?)(<\/body>|$)/i.exec(text)?.[1] ?? text;
    text = `${title} ${inner.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ")}`;
  }

  // Cut first: collapsing whitespace over a multi-megabyte page is wasted work.
  const line = truncate(text, MAX_EXCERPT * 4).replace(/\s+/g, " ").trim();
  return truncate(line, MAX_EXCERPT);
}
