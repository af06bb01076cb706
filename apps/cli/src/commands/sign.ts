import { sign, toCurl } from "@tcapi/auth";
import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { encodeQuery, parseMethod, parseQueryFlags, parseRawPath, type Encode } from "../client/raw-path.js";
import { CredentialsError, UsageError } from "../errors/cli-error.js";
import { collect } from "./collect.js";

interface SignOptions {
  query: string[];
  timestamp?: string;
  exact?: boolean;
  curl?: boolean;
}

/** `tcapi sign`: the Timestamp and Authorization headers of one request, or its curl command. */
export function registerSign(program: Command, host: CommandHost): void {
  program
    .command("sign")
    .description(
      "print the Timestamp and Authorization headers for a request (the secret key is never printed)",
    )
    .argument("<method>", "GET, POST, PUT or DELETE")
    .argument("<path>", "API path such as /v2/owners, optionally with ?query")
    .option("-q, --query <name=value>", "add a query parameter (repeatable)", collect, [])
    .option("--timestamp <seconds>", "sign for this Unix time instead of now")
    .option("--exact", "sign <path> byte for byte as given: no base-URL prefix, no encoding")
    .option("--curl", "print the whole curl command instead of the two headers")
    .action(async (methodInput: string, pathInput: string, options: SignOptions, command: Command) => {
      const context = host.context(command);
      const method = parseMethod(methodInput);
      const timestamp = parseTimestamp(options.timestamp);
      const settings = await context.settings();
      const { accessId, secretKey, apiPath } = settings.values;

      if (accessId === undefined || secretKey === undefined) {
        throw new CredentialsError(
          "Signing needs an access ID and secret key: set TC_API_ACCESS_ID and TC_API_SECRET_KEY, or save them with `tcapi config set`.",
        );
      }

      // Loaded here, not at start-up: the transport is the one source of the wire encoding.
      const { encodePathSegment } = await import("@tcapi/transport");
      const { target, url } = buildTarget(pathInput, options, apiPath, encodePathSegment);
      const headers = await sign({ accessId, secretKey, method, target, timestamp });

      if (options.curl === true) {
        if (url === undefined)
          throw new UsageError("--curl needs the server address: set TC_API_PATH or --api-path.");
        context.output.line(toCurl({ method, url, headers: { ...headers } }));
        return;
      }

      context.output.line(`Timestamp: ${headers.Timestamp}`);
      context.output.line(`Authorization: ${headers.Authorization}`);
    });
}

/** The target to sign and, when the base URL is known, the full URL it belongs to. */
function buildTarget(
  pathInput: string,
  options: SignOptions,
  apiPath: string | undefined,
  encode: Encode,
): { target: string; url: string | undefined } {
  const base = apiPath === undefined ? undefined : parseBase(apiPath);

  if (options.exact === true) {
    if (!pathInput.startsWith("/")) {
      throw new UsageError(`With --exact the target "${pathInput}" must start with "/", as on the wire.`);
    }
    if (options.query.length > 0)
      throw new UsageError("--exact signs the target as given; put the query in it.");
    return { target: pathInput, url: base === undefined ? undefined : `${base.origin}${pathInput}` };
  }

  if (base === undefined) {
    throw new UsageError(
      "Signing needs the API base URL to add its path prefix: set TC_API_PATH or --api-path, or use --exact.",
    );
  }

  const prefix = base.pathname.replace(/\/+$/, "");
  // A path typed with the prefix already (/api/v2/...) is not prefixed twice.
  const relative =
    prefix !== "" && pathInput.startsWith(`${prefix}/`) ? pathInput.slice(prefix.length) : pathInput;
  const raw = parseRawPath(relative, encode);
  const target = `${prefix}${raw.path}${encodeQuery(
    [...raw.query, ...parseQueryFlags(options.query)],
    encode,
  )}`;
  return { target, url: `${base.origin}${target}` };
}

function parseBase(apiPath: string): URL {
  try {
    return new URL(apiPath);
  } catch {
    throw new UsageError(
      `The API base URL "${apiPath}" is not a URL; use e.g. https://app.threatconnect.com/api.`,
    );
  }
}

function parseTimestamp(input: string | undefined): number {
  if (input === undefined) return Math.floor(Date.now() / 1000);
  if (!/^\d+$/.test(input)) {
    throw new UsageError(`--timestamp must be Unix epoch seconds such as 1513703787, not "${input}".`);
  }
  return Number(input);
}
