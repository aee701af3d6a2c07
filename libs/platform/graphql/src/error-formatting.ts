import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '@pdv/errors';
import { isDependencyUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './unavailable';

/** Logger shape the formatter needs (pino satisfies it). */
export interface ErrorLogger {
  error(object: Record<string, unknown>, message: string): void;
  warn?(object: Record<string, unknown>, message: string): void;
}

// Apollo's and graphql-js's own codes for requests that are wrong before any resolver runs.
const CLIENT_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const PASS_THROUGH_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'SERVICE_UNAVAILABLE',
]);

function extensionsOf(error: AppError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code satisfies ErrorCode };
  if (error.rule) extensions.rule = error.rule;
  if (error.problems) extensions.problems = error.problems;
  if (error.details) extensions.details = error.details;
  return extensions;
}

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * The one place where errors become what clients see. AppErrors keep their code and
 * message; request errors (parse, validation) become BAD_USER_INPUT; anything else is an
 * internal error: logged with its cause, shown only as a reference id.
 */
export function createErrorFormatter(logger: ErrorLogger, requestIdOf: () => string | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const appError = findAppError(error);
    if (appError) {
      return { message: appError.message, path: formatted.path, locations: formatted.locations, extensions: extensionsOf(appError) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_REQUEST_CODES.has(code)) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }
    // Errors relayed by the gateway from subgraphs were already formatted there.
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      return formatted;
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const reference = requestIdOf() ?? 'unknown';
    if (isDependencyUnavailable(original)) {
      (logger.warn ?? logger.error).call(logger, { err: original, path: formatted.path, reference }, 'a dependency is unavailable');
      return {
        message: SERVICE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'SERVICE_UNAVAILABLE', reference },
      };
    }
    logger.error(
      { err: original, path: formatted.path, reference },
      'unexpected error while serving a GraphQL request',
    );
    return {
      message: `Something went wrong on our side. Quote reference ${reference} if you report it.`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
    };
  };
}
