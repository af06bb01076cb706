const MAX_EXCERPT = 300;

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

  const line = text.replace(/\s+/g, " ").trim();
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT)}…` : line;
}
