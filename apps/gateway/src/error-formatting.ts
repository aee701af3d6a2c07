import type { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@pdv/errors';
import { createErrorFormatter, type ErrorLogger } from '@pdv/graphql';

const APPLICATION_CODES = new Set<string>(ERROR_CODES);
// What a subgraph's own formatter puts on an application error; nothing else is relayed.
const RELAYED_EXTENSIONS = ['code', 'rule', 'problems', 'details'] as const;

/**
 * The shared formatter, plus one gateway concern: errors relayed from a subgraph. The
 * subgraph already formatted them (its AppError codes, `rule`, field `problems`), so they
 * keep those extensions and lose what the gateway adds (`serviceName`). A subgraph that
 * answered with an HTTP error instead (`extensions.response`: its URL, status and body) is
 * an operations problem, not the caller's: it is logged and hidden like any unexpected error.
 */
export function createGatewayErrorFormatter(logger: ErrorLogger, requestIdOf: () => string | undefined) {
  const format = createErrorFormatter(logger, requestIdOf);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    if (typeof extensions.serviceName !== 'string') return format(formatted, error);
    if (extensions.response !== undefined || typeof extensions.code !== 'string' || !APPLICATION_CODES.has(extensions.code)) {
      return format({ ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: extensions.serviceName } }, error);
    }
    const relayed: Record<string, unknown> = {};
    for (const key of RELAYED_EXTENSIONS) {
      if (extensions[key] !== undefined) relayed[key] = extensions[key];
    }
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: relayed };
  };
}
