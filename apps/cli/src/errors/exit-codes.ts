/** Exit codes of `tcapi`, documented in the README; scripts may rely on them. */
export const EXIT_CODES = {
  ok: 0,
  /** An unexpected failure inside tcapi itself. */
  internal: 1,
  /** The command line or an input file is wrong. */
  usage: 2,
  /** Credentials are missing or the server refused them. */
  auth: 3,
  /** The server has no such resource or owner. */
  notFound: 4,
  /** The server failed, or could not be reached in time. */
  server: 5,
  /** The server understood the request but rejected its content (HTTP 400). */
  rejected: 6,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
