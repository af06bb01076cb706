// Regenerates test/vectors.json with the documented shell method:
//   printf '%s' "<target>:<METHOD>:<timestamp>" | openssl dgst -sha256 -hmac "<secret>" -binary | base64
// Run with `npx tsx test/generate-vectors.ts` on a machine with openssl; the
// expected values never come from this package's own code.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";

interface Case {
  note: string;
  secret: string;
  method: "GET" | "POST" | "PUT" | "DELETE";
  target: string;
  timestamp: number;
}

const TS = 1513703787;
const LONG_ASCII = "k".repeat(100);
const SIXTY_FOUR = "0123456789abcdef".repeat(4);
const SIXTY_FIVE = `${SIXTY_FOUR}z`;
const LONG_UNICODE = "ключ-🔑-".repeat(8);

const cases: Case[] = [
  { note: "documented: owners", secret: "secret", method: "GET", target: "/api/v2/owners", timestamp: TS },
  { note: "documented: owner with %20", secret: "secret", method: "GET", target: "/api/v2/indicators/hosts/example.com?owner=Common%20Community", timestamp: TS },
  { note: "documented: batch POST", secret: "secret", method: "POST", target: "/api/v2/batch/12345", timestamp: TS },
  { note: "owner with + for a space", secret: "secret", method: "GET", target: "/api/v2/indicators/hosts/example.com?owner=Common+Community", timestamp: TS },
  { note: "+ spaces and two parameters", secret: "secret", method: "GET", target: "/api/v2/indicators?owner=Demo+Customer+Community&resultLimit=100", timestamp: TS },
  { note: "space in a path segment", secret: "secret", method: "DELETE", target: "/api/v2/tags/Nation%20State", timestamp: TS },
  { note: "encoded + in a path segment", secret: "secret", method: "PUT", target: "/api/v2/tags/C%2B%2B", timestamp: TS },
  { note: "encoded % in a path segment", secret: "secret", method: "GET", target: "/api/v2/tags/100%25%20sure", timestamp: TS },
  { note: "encoded = & > inside a value", secret: "secret", method: "GET", target: "/api/v2/indicators?filters=summary%3D1.1.1.1%26rating%3E2", timestamp: TS },
  { note: "encoded # inside a value", secret: "secret", method: "GET", target: "/api/v2/tags/issue%20%231", timestamp: TS },
  { note: "encoded : in a label", secret: "secret", method: "GET", target: "/api/v2/securityLabels/TLP%3AAMBER", timestamp: TS },
  { note: "URL indicator in the path", secret: "secret", method: "GET", target: "/api/v2/indicators/urls/http%3A%2F%2Fexample.com%2F", timestamp: TS },
  { note: "URL indicator with its own query", secret: "secret", method: "DELETE", target: "/api/v2/indicators/urls/https%3A%2F%2Fexample.com%2Fpath%3Fq%3D1%26r%3D2?owner=Common%20Community", timestamp: TS },
  { note: "percent-encoded unicode host", secret: "secret", method: "GET", target: "/api/v2/indicators/hosts/%E4%BE%8B%E3%81%88.jp", timestamp: TS },
  { note: "percent-encoded unicode tag", secret: "secret", method: "PUT", target: "/api/v2/tags/caf%C3%A9", timestamp: TS },
  { note: "empty query parameter", secret: "secret", method: "GET", target: "/api/v2/groups/adversaries?owner=&resultStart=0", timestamp: TS },
  { note: "repeated query parameter", secret: "secret", method: "GET", target: "/api/v2/indicators?includes=tags&includes=attributes&includes=additional", timestamp: TS },
  { note: "legacy base without /api", secret: "secret", method: "GET", target: "/v2/owners", timestamp: TS },
  { note: "association POST", secret: "secret", method: "POST", target: "/api/v2/groups/incidents/12345/tags/Phishing", timestamp: TS },
  { note: "CIDR with encoded slash", secret: "secret", method: "GET", target: "/api/v2/indicators/cidrBlocks/192.168.0.0%2F24", timestamp: TS },
  { note: "file occurrence POST", secret: "secret", method: "POST", target: "/api/v2/indicators/files/d41d8cd98f00b204e9800998ecf8427e/fileOccurrences", timestamp: TS },
  { note: "encoded @ in an email address", secret: "secret", method: "PUT", target: "/api/v2/indicators/emailAddresses/bad%40example.com", timestamp: TS },
  { note: "registry key with backslash and colons", secret: "secret", method: "GET", target: "/api/v2/indicators/registryKeys/HKEY_LOCAL_MACHINE%5CSoftware%20%3A%20Run%20%3A%20REG_SZ", timestamp: TS },
  { note: "upload with a flag", secret: "secret", method: "POST", target: "/api/v2/groups/documents/123/upload?updateIfExists=true", timestamp: TS },
  { note: "owner with & and = encoded", secret: "secret", method: "DELETE", target: "/api/v2/owners?owner=Acme%20%26%20Co.%20%3D%20Best", timestamp: TS },
  { note: "filter with quotes and caret", secret: "secret", method: "GET", target: "/api/v2/indicators?filters=summary%5E%22evil%22&orParams=true", timestamp: TS },
  { note: "unicode secret, epoch 0", secret: "sëcret-ключ-🔑", method: "GET", target: "/api/v2/owners", timestamp: 0 },
  { note: "secret over 64 bytes (key is hashed)", secret: LONG_ASCII, method: "POST", target: "/api/v2/batch", timestamp: 1700000000 },
  { note: "secret of exactly 64 bytes", secret: SIXTY_FOUR, method: "PUT", target: "/api/v2/tasks/42", timestamp: 1700000001 },
  { note: "secret of 65 bytes", secret: SIXTY_FIVE, method: "DELETE", target: "/api/v2/tasks/42", timestamp: 1700000002 },
  { note: "unicode secret over 64 bytes", secret: LONG_UNICODE, method: "GET", target: "/api/v2/indicators/hosts/example.com?owner=Common%20Community", timestamp: 1700000003 },
  { note: "2017 docs example shape", secret: "aW5mb3NlY3JldGtleTE2MzQ1Njc4OTBhYmNkZWY=", method: "GET", target: "/v2/indicators/hosts/google.com?Owner=Common%20Community", timestamp: 1381126486 },
  { note: "ten-digit upper timestamp", secret: "secret", method: "GET", target: "/api/v2/whoami", timestamp: 9999999999 },
  { note: "secret with spaces inside", secret: "my secret key", method: "POST", target: "/api/v2/indicators/addresses", timestamp: TS },
  { note: "bulk report with runNow", secret: "secret", method: "GET", target: "/api/v2/owners/Example%20Organization/indicators/bulk/json?runNow=true", timestamp: TS },
  { note: "trailing slash", secret: "secret", method: "GET", target: "/api/v2/owners/", timestamp: TS },
];

function openssl(secret: string, message: string): string {
  return execFileSync(
    "sh",
    ["-c", `printf '%s' "$MESSAGE" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64`],
    { env: { PATH: process.env.PATH, MESSAGE: message, SECRET: secret }, encoding: "utf8" },
  ).trim();
}

const vectors = cases.map((c) => ({
  ...c,
  message: `${c.target}:${c.method}:${String(c.timestamp)}`,
  expected: openssl(c.secret, `${c.target}:${c.method}:${String(c.timestamp)}`),
}));

writeFileSync(new URL("vectors.json", import.meta.url), `${JSON.stringify(vectors, null, 2)}\n`);
console.log(`wrote ${String(vectors.length)} vectors`);
