/** Random credentials from the platform CSPRNG (crypto.getRandomValues). */
export function randomToken(bytes: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  let out = "";
  for (const v of values) out += alphabet.charAt(v % alphabet.length);
  return out;
}

export function generateAccessId(): string {
  return randomToken(20, "0123456789");
}

export function generateSecretKey(): string {
  return randomToken(40);
}

/** Same shape as the documented example token (APIV2:<id>:<salt>:<ms>:<hash>). */
export function generateToken(nowMs: number): string {
  return `APIV2:1:${randomToken(6)}:${nowMs}:${randomToken(43)}=`;
}
