import type { Command } from "commander";
import type { CommandHost } from "../command-host.js";
import { parseMethod, parseQueryFlags, parseRawPath, toQueryRecord } from "../client/raw-path.js";
import { UsageError } from "../errors/cli-error.js";
import { tryParseJson } from "../input/parse-json.js";
import { readInput } from "../input/read-input.js";
import { collect } from "./collect.js";

interface ApiOptions {
  query: string[];
  data?: string;
  contentType?: string;
}

/** `tcapi api`: any signed call, printing the response body (JSON pretty-printed). */
export function registerApi(program: Command, host: CommandHost): void {
  program
    .command("api")
    .description("send any signed request and print the response body, like `gh api`")
    .argument("<method>", "GET, POST, PUT or DELETE")
    .argument("<path>", "API path below the base URL, e.g. /v2/owners or /v2/indicators/hosts/example.com")
    .option("-q, --query <name=value>", "add a query parameter (repeatable)", collect, [])
    .option("-d, --data <body>", "request body: JSON text, @file, or - for stdin")
    .option(
      "--content-type <type>",
      "send the body as is with this content type (default: JSON when it starts with { or [, else octet-stream)",
    )
    .addHelpText("after", "\nNo owner is added implicitly; pass --owner or --query owner=NAME to choose one.")
    .action(async (methodInput: string, pathInput: string, options: ApiOptions, command: Command) => {
      const context = host.context(command);
      const method = parseMethod(methodInput);
      const { encodePathSegment } = await import("@tcapi/transport");
      const raw = parseRawPath(pathInput, encodePathSegment);
      const query = toQueryRecord([...raw.query, ...parseQueryFlags(options.query)]);
      const body = options.data === undefined ? undefined : await readBody(options.data, context.io);
      const contentType = body === undefined ? undefined : (options.contentType ?? contentTypeOf(body));
      const transport = await context.transport();

      const response = await transport.stream({
        method,
        path: raw.path,
        query,
        owner: context.globals.owner ?? null,
        format: context.format,
        ...(body !== undefined && contentType !== undefined && { body, contentType }),
      });

      const text = await new Response(response.body).text();
      context.output.line(prettyJson(text) ?? text.replace(/\n$/, ""));
    });
}

async function readBody(data: string, io: Parameters<typeof readInput>[1]): Promise<string> {
  if (data === "-") return readInput("-", io);
  if (data.startsWith("@")) {
    const path = data.slice(1);
    if (path === "") throw new UsageError("--data @ needs a file name, for example --data @body.json.");
    return readInput(path, io);
  }
  return data;
}

/** JSON when the body looks like JSON, which it then must be; anything else is sent as bytes. */
function contentTypeOf(body: string): string {
  const start = body.trimStart()[0];
  if (start !== "{" && start !== "[") return "application/octet-stream";

  const parsed = tryParseJson(body);
  if ("problem" in parsed) {
    const { reason, line, column } = parsed.problem;
    throw new UsageError(
      `--data is not valid JSON: ${reason} at line ${line} column ${column}; fix it, or send it as is with --content-type.`,
    );
  }
  return "application/json";
}

function prettyJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}
