import type { Transport } from "@tcapi/transport";
import type { Client } from "@tcapi/v2";
import { redact } from "./errors/redact.js";
import type { CliIo } from "./io.js";
import { createOutput, type Output } from "./output/output.js";
import { configFile } from "./settings/config-dir.js";
import { readConfig } from "./settings/config-store.js";
import { requireCredentials, type Credentials } from "./settings/require-credentials.js";
import { resolveSettings, type Settings } from "./settings/resolve-settings.js";

/** Options every command accepts. */
export interface GlobalOptions {
  json?: boolean;
  xml?: boolean;
  debug?: boolean;
  profile?: string;
  apiPath?: string;
  accessId?: string;
  owner?: string;
}

/** What a command needs from the outside: io, output, settings and a lazily created transport. */
export interface Context {
  readonly io: CliIo;
  readonly globals: GlobalOptions;
  readonly output: Output;
  readonly configPath: string;
  settings(): Promise<Settings>;
  credentials(): Promise<Credentials>;
  transport(): Promise<Transport>;
  /** The typed v2 client over the same transport. */
  client(): Promise<Client>;
  /** The response format asked of the server. */
  readonly format: "json" | "xml";
  /** Every secret value known so far, for masking output. */
  secrets(): string[];
}

/** Builds the context for one command from its parsed global options. */
export function createContext(io: CliIo, globals: GlobalOptions): Context {
  const configPath = configFile(io.env);
  const known: string[] = [io.env.TC_API_SECRET_KEY, io.env.TC_API_TOKEN].filter(
    (value): value is string => value !== undefined && value !== "",
  );
  let settings: Promise<Settings> | undefined;
  let transport: Transport | undefined;
  let client: Client | undefined;

  const loadSettings = async (): Promise<Settings> => {
    const config = await readConfig(configPath);
    const resolved = resolveSettings(
      {
        ...(globals.profile !== undefined && { profile: globals.profile }),
        ...(globals.apiPath !== undefined && { apiPath: globals.apiPath }),
        ...(globals.accessId !== undefined && { accessId: globals.accessId }),
        ...(globals.owner !== undefined && { owner: globals.owner }),
      },
      io.env,
      config,
      configPath,
    );
    for (const value of [resolved.values.secretKey, resolved.values.token]) {
      if (value !== undefined) known.push(value);
    }
    return resolved;
  };

  const context: Context = {
    io,
    globals,
    output: createOutput(io, { json: globals.json === true }),
    configPath,
    format: globals.xml === true ? "xml" : "json",
    settings: () => (settings ??= loadSettings()),
    credentials: async () => requireCredentials(await context.settings()),
    secrets: () => [...known],
    async client() {
      if (client !== undefined) return client;
      const { createClient } = await import("@tcapi/v2");
      client = createClient({ transport: await context.transport() });
      return client;
    },
    async transport() {
      if (transport !== undefined) return transport;

      const credentials = await context.credentials();
      // Loaded on first use: help, version, config and signing start without the HTTP stack.
      const { createTransport } = await import("@tcapi/transport");
      transport = createTransport({
        baseUrl: credentials.apiPath,
        ...(credentials.accessId !== undefined && { accessId: credentials.accessId }),
        ...(credentials.secretKey !== undefined && { secretKey: credentials.secretKey }),
        ...(credentials.token !== undefined && { token: credentials.token }),
        ...(credentials.owner !== undefined && { owner: credentials.owner }),
        // Settings were already resolved with the documented precedence; transport must not re-read them.
        env: {},
        format: context.format,
        ...(globals.debug === true && {
          debug: (line: string) => io.stderr.write(`${redact(line, known)}\n`),
        }),
      });
      return transport;
    },
  };

  return context;
}
