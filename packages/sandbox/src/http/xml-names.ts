/** Element naming for the XML representation (§5). */

/** Descriptor fields that keep their JSON spelling in XML (seen in the indicator type example). */
const KEEP_CAMEL = /^(casePreference|value[123](Label|Type|Option))$/;

/** PascalCase element name for a JSON key; spaces (custom-type labels) are dropped. */
export function elementName(key: string): string {
  if (KEEP_CAMEL.test(key)) return key;
  const compact = key.replace(/\s+/g, "");
  return compact.charAt(0).toUpperCase() + compact.slice(1);
}

/** Plural used for list root elements: owner → owners, address → addresses, adversary → adversaries. */
export function plural(key: string): string {
  if (/[^aeiou]y$/.test(key)) return `${key.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(key)) return `${key}es`;
  return `${key}s`;
}
