// "an ASN", "an Incident", "an EmailAddress", but "a URL" and "a User Agent": a U-led type name
// is spoken with a consonant sound ("you").
const VOWEL_SOUND = /^[AEIO]/i;

/**
 * A type name with its indefinite article, for messages: `withArticle("ASN")` is "an ASN",
 * `withArticle("Host")` is "a Host". Capitalise the result's first letter at a sentence start.
 * @public
 */
export function withArticle(name: string): string {
  return `${VOWEL_SOUND.test(name) ? "an" : "a"} ${name}`;
}

/** The text with its first letter in upper case, for a phrase that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
