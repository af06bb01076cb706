/** Replaces every occurrence of each secret with a fixed mask; the last line of defence before any output. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;

  for (const secret of secrets) {
    // Very short values would mask ordinary words; real keys and tokens are long.
    if (secret === undefined || secret.length < 6) continue;
    result = result.split(secret).join("***");
  }

  return result;
}
