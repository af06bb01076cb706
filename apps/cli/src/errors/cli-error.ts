import { EXIT_CODES, type ExitCode } from "./exit-codes.js";

/** A failure whose message is already a complete sentence for the user, with its exit code. */
export class CliError extends Error {
  override readonly name: string = "CliError";
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/** The command line or an input file is wrong; exits with 2. */
export class UsageError extends CliError {
  override readonly name = "UsageError";

  constructor(message: string, options?: ErrorOptions) {
    super(message, EXIT_CODES.usage, options);
  }
}

/** Credentials are missing or unusable; exits with 3. */
export class CredentialsError extends CliError {
  override readonly name = "CredentialsError";

  constructor(message: string) {
    super(message, EXIT_CODES.auth);
  }
}
