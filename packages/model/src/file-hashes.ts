/** File hash rules (reference §10.1 regexes and §13 File). */

/** The hash fields of a File, in summary order. @public */
export type FileHashField = "md5" | "sha1" | "sha256";

/** Hex length of each hash field. @public */
export const FILE_HASH_LENGTHS: Readonly<Record<FileHashField, number>> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
};

/** Display name of each hash field for messages. */
export const FILE_HASH_NAMES: Readonly<Record<FileHashField, string>> = {
  md5: "MD5",
  sha1: "SHA-1",
  sha256: "SHA-256",
};

/** Whether every character is a hex digit (either case). */
export function isHex(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hex = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
    if (!hex) return false;
  }
  return s.length > 0;
}

/** Which hash a string is, by length, when it is hex; undefined otherwise. @public */
export function classifyFileHash(s: string): FileHashField | undefined {
  if (!isHex(s)) return undefined;
  switch (s.length) {
    case 32:
      return "md5";
    case 40:
      return "sha1";
    case 64:
      return "sha256";
    default:
      return undefined;
  }
}
