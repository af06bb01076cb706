import { CredentialsError } from "../errors/cli-error.js";
import type { Settings } from "./resolve-settings.js";

/** Settings complete enough to send a request. */
export interface Credentials {
  apiPath: string;
  accessId?: string;
  secretKey?: string;
  token?: string;
  owner?: string;
}

const HOW_TO_FIX =
  "set TC_API_PATH, TC_API_ACCESS_ID and TC_API_SECRET_KEY (or TC_API_TOKEN), or save them in a profile with `tcapi config set`";

/** Checks that a server and a way to authenticate are known, naming what is missing otherwise. */
export function requireCredentials(settings: Settings): Credentials {
  const { apiPath, accessId, secretKey, token, owner } = settings.values;
  const hasHmac = accessId !== undefined && secretKey !== undefined;

  if (apiPath === undefined && !hasHmac && token === undefined) {
    throw new CredentialsError(`No ThreatConnect credentials found: ${HOW_TO_FIX}.`);
  }

  if (apiPath === undefined) {
    throw new CredentialsError(
      `No API base URL found: set TC_API_PATH (for example https://app.threatconnect.com/api) or \`tcapi config set api-path <url>\`.`,
    );
  }

  if (!hasHmac && token === undefined) {
    const missing = accessId === undefined ? "TC_API_ACCESS_ID" : "TC_API_SECRET_KEY";
    throw new CredentialsError(`Incomplete credentials: ${missing} is not set; ${HOW_TO_FIX}.`);
  }

  return {
    apiPath,
    ...(accessId !== undefined && { accessId }),
    ...(secretKey !== undefined && { secretKey }),
    ...(token !== undefined && { token }),
    ...(owner !== undefined && { owner }),
  };
}
