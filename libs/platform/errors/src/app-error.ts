/**
 * The one application error type. Every failure a client should see is an AppError with a
 * code from this closed set; the GraphQL layer maps the code to `extensions.code` in one
 * place (libs/platform/graphql). Messages are written for the person who has to act on
 * them and must never contain personal data (names, national ID numbers, addresses).
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  // HTTP 429 from the gateway: too many requests without a token from one address.
  'RATE_LIMITED',
  // A dependency (the service's database) cannot be reached right now: try again shortly.
  // Set by the error formatter from the driver's error, never thrown by application code.
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field, so a form can show it next to the field. */
export interface FieldProblem {
  /** Dotted path of the input field, e.g. `input.dateOfBirth` or `row 12: nationalId`. */
  field: string;
  message: string;
}

export interface AppErrorOptions {
  /** For RULE_VIOLATION: the rule id (see RuleId). */
  rule?: string;
  /** For BAD_USER_INPUT: every problem found, not only the first. */
  problems?: FieldProblem[];
  /** Extra machine-readable facts (ids, numbers; never personal data). */
  details?: Record<string, string | number | boolean | null>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly rule?: string;
  readonly problems?: FieldProblem[];
  readonly details?: Record<string, string | number | boolean | null>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.rule = options.rule;
    this.problems = options.problems;
    this.details = options.details;
  }

  static badInput(message: string, problems?: FieldProblem[]): AppError {
    return new AppError('BAD_USER_INPUT', message, { problems });
  }

  static unauthenticated(message = 'Sign in first: this request carries no valid token.'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static forbidden(message: string): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static notFound(what: string, id: string): AppError {
    return new AppError('NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`, {
      details: { id },
    });
  }

  static conflict(message: string, details?: AppErrorOptions['details']): AppError {
    return new AppError('CONFLICT', message, { details });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
