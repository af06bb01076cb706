import type * as TransportModule from "@tcapi/transport";
import { CliError } from "./cli-error.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";

/** What the user sees when a command fails: one sentence and the process exit code. */
export interface ErrorReport {
  message: string;
  exitCode: ExitCode;
  /** True when the failure is tcapi's own bug, so a stack trace helps (shown with --debug only). */
  internal: boolean;
}

// Timeouts and network failures are TcApiError subclasses, so they are matched first.

/** Maps any thrown value to the sentence and exit code the README documents. */
export async function describeError(error: unknown): Promise<ErrorReport> {
  if (error instanceof CliError) {
    return { message: error.message, exitCode: error.exitCode, internal: false };
  }

  // Loaded here rather than at start-up; a request error means both are in memory already.
  const [transport, { TcUnexpectedResponseError, TcValidationError }] = await Promise.all([
    import("@tcapi/transport"),
    import("@tcapi/v2"),
  ]);
  const { TcApiError, TcConfigError, TcNetworkError, TcTimeoutError } = transport;

  // The typed client refuses input the server would refuse too, before sending anything.
  if (error instanceof TcValidationError) {
    const problems = error.problems.map((problem) => sentence(problem.message)).join(" ");
    return { message: problems, exitCode: EXIT_CODES.usage, internal: false };
  }

  if (error instanceof TcUnexpectedResponseError) {
    return {
      message: `${sentence(error.message)} Check that TC_API_PATH points at a ThreatConnect v2 API.`,
      exitCode: EXIT_CODES.server,
      internal: false,
    };
  }

  // Credentials were checked before the transport was built, so what is left is a bad base URL.
  if (error instanceof TcConfigError) {
    const hint = "Check TC_API_PATH (or --api-path, or the profile's api-path).";
    return { message: `${sentence(error.message)} ${hint}`, exitCode: EXIT_CODES.usage, internal: false };
  }

  if (error instanceof TcTimeoutError) {
    const hint = "The server did not answer in time; try again, or check TC_API_PATH.";
    return { message: `${sentence(error.message)} ${hint}`, exitCode: EXIT_CODES.server, internal: false };
  }

  if (error instanceof TcNetworkError) {
    const hint = "Check TC_API_PATH and that the server is reachable.";
    return { message: `${sentence(error.message)} ${hint}`, exitCode: EXIT_CODES.server, internal: false };
  }

  if (error instanceof TcApiError) return describeApiError(error, transport);

  const detail = error instanceof Error ? error.message : String(error);
  return {
    message: `tcapi failed unexpectedly: ${sentence(detail)} Run again with --debug to see the details.`,
    exitCode: EXIT_CODES.internal,
    internal: true,
  };
}

function describeApiError(error: TransportModule.TcApiError, classes: typeof TransportModule): ErrorReport {
  const {
    TcAccessDeniedError,
    TcInvalidRequestError,
    TcNotFoundError,
    TcRateLimitError,
    TcSignatureError,
    TcTimestampError,
    TcUnauthorizedError,
  } = classes;
  const what = `${error.method} ${error.path} failed`;
  const why = error.serverMessage ?? `the server answered HTTP ${error.status}`;
  const head = `${what}: ${sentence(why)}`;

  if (
    error instanceof TcSignatureError ||
    error instanceof TcTimestampError ||
    error instanceof TcUnauthorizedError
  ) {
    const hint = "Check the access ID, secret key or token (and the system clock), then try again.";
    return { message: `${head} ${hint}`, exitCode: EXIT_CODES.auth, internal: false };
  }

  if (error instanceof TcAccessDeniedError) {
    const hint = "Check the credentials and that the owner exists and is visible to this API user.";
    return { message: `${head} ${hint}`, exitCode: EXIT_CODES.auth, internal: false };
  }

  if (error instanceof TcNotFoundError) {
    const hint = "Check the type, value, id or owner.";
    return { message: `${head} ${hint}`, exitCode: EXIT_CODES.notFound, internal: false };
  }

  if (error instanceof TcInvalidRequestError) {
    const hint = "Fix the input and try again.";
    return { message: `${head} ${hint}`, exitCode: EXIT_CODES.rejected, internal: false };
  }

  if (error instanceof TcRateLimitError) {
    const hint = "The server is limiting requests; wait a moment and try again.";
    return { message: `${head} ${hint}`, exitCode: EXIT_CODES.server, internal: false };
  }

  const hint = "Try again later; run with --debug to see the exchange.";
  return { message: `${head} ${hint}`, exitCode: EXIT_CODES.server, internal: false };
}

/** Ends a fragment with a full stop so that hints read as their own sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
