/**
 * Whether an error means a dependency the request needs (the database, a subgraph) cannot be
 * reached right now, as opposed to a bug: the client should try again in a moment, and the
 * operator should look at the dependency, not at a stack trace.
 */
const UNAVAILABLE_ERROR_CODES = new Set([
  // Node's socket errors: nothing listens, the peer went away, or the network is down.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting
  // down), too_many_connections, and the connection_exception class.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Timeout acquiring a connection/i,
  /connection is (closed|not open)/i,
  /Client has encountered a connection error/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

const UNAVAILABLE_NAMES = new Set(['ConnectionException']);

export function isDependencyUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const facts = current as {
      code?: unknown;
      name?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
      thrownValue?: unknown;
      errors?: unknown;
    };
    if (typeof facts.code === 'string' && UNAVAILABLE_ERROR_CODES.has(facts.code)) return true;
    if (typeof facts.name === 'string' && UNAVAILABLE_NAMES.has(facts.name)) return true;
    if (typeof facts.message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(facts.message as string))) return true;
    // graphql-js wraps a thrown non-Error (the pool rejects with a plain socket error object) as thrownValue.
    queue.push(facts.cause, facts.originalError, facts.thrownValue);
    // AggregateError (e.g. a connect to both ::1 and 127.0.0.1 refused).
    if (Array.isArray(facts.errors)) queue.push(...facts.errors);
  }
  return false;
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Dịch vụ tạm thời không khả dụng, vui lòng thử lại sau ít phút. / The service is temporarily unavailable: please try again in a moment.';
