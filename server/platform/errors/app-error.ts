/** A problem with one input field: which field, which rule it broke, and a message for the person. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

export interface AppErrorOptions {
  /** Message safe to show to the user; defaults to the catalogue message for the code. */
  userMessage?: string;
  details?: unknown;
  cause?: unknown;
  headers?: Record<string, string>;
}

/** The one error type the platform throws on purpose. Its status comes from the code table (status.ts). */
export class AppError extends Error {
  readonly details: unknown;
  readonly userMessage: string | undefined;
  readonly headers: Record<string, string>;

  constructor(
    readonly code: string,
    options: AppErrorOptions = {},
  ) {
    super(options.userMessage ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.details = options.details;
    this.userMessage = options.userMessage;
    this.headers = options.headers ?? {};
  }
}

export function validationError(problems: FieldProblem[]): AppError {
  return new AppError('validation.failed', { details: problems });
}

/** Collects field problems and throws them all at once (a person fixes every field in one go). */
export class ProblemList {
  private readonly problems: FieldProblem[] = [];

  add(field: string, rule: string, message: string): void {
    this.problems.push({ field, rule, message });
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw validationError(this.problems);
  }
}
