import { GROUP_TYPES, INDICATOR_TYPES, VICTIM_ASSET_TYPES } from "@tcapi/model";

// "an ASN", "an Email", but "a URL" and "a User Agent": U-led names sound like "you".
const VOWEL_SOUND = /^[AEIO]/i;

const VOWEL_LED_NAMES = [
  ...INDICATOR_TYPES.map((type) => type.name),
  ...GROUP_TYPES.map((type) => type.name),
  ...VICTIM_ASSET_TYPES.map((type) => type.type),
].filter((name) => VOWEL_SOUND.test(name));

// Longest first, so "EmailAddress" is not read as "Email" followed by more letters.
const AFTER_WRONG_ARTICLE = new RegExp(
  `\\b([Aa]) (?=(?:${[...new Set(VOWEL_LED_NAMES)]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})\\b)`,
  "g",
);

/** Corrects "A ASN indicator" to "An ASN indicator" in messages from other layers, for type names only. */
export function fixArticles(text: string): string {
  return text.replace(AFTER_WRONG_ARTICLE, (_match, article: string) => `${article}n `);
}
