/** One reason a value was refused, shaped like `@tcapi/model`'s `ValidationProblem`. @public */
export interface Problem {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/**
 * Thrown before any request when input breaks a rule the server would also enforce
 * (API reference §13). `problems` lists every broken rule, each naming the value and the fix.
 * @public
 */
export class TcValidationError extends TypeError {
  override readonly name = "TcValidationError";
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.problems = problems;
  }
}

/** Throws a {@link TcValidationError} for a single problem. @internal */
export function fail(field: string, rule: string, message: string): never {
  throw new TcValidationError([{ field, rule, message }]);
}
