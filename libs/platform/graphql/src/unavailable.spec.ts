import { GraphQLError } from 'graphql';
import { createErrorFormatter } from './error-formatting';
import { isDependencyUnavailable } from './unavailable';

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('isDependencyUnavailable', () => {
  it.each([
    ['a refused connection', socketError('ECONNREFUSED'), true],
    ['a reset connection', socketError('ECONNRESET'), true],
    ['PostgreSQL shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['PostgreSQL starting up (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' }), true],
    ['a connection that ended', new Error('Connection terminated unexpectedly'), true],
    ['a pool that cannot connect', new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), true],
    ['a plain object the pool rejected with, wrapped by graphql-js', new GraphQLError('x', { originalError: Object.assign(new Error('Unexpected error value'), { thrownValue: { code: 'ECONNREFUSED' } }) }), true],
    ['a cause chain', new Error('query failed', { cause: socketError('ECONNREFUSED') }), true],
    ['both addresses refused', new AggregateError([socketError('ECONNREFUSED'), socketError('ECONNREFUSED')]), true],
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' }), false],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['a thrown string', 'boom', false],
  ])('%s → %s', (_label, error, expected) => {
    expect(isDependencyUnavailable(error)).toBe(expected);
  });
});

describe('the formatter on an unavailable database', () => {
  it('answers SERVICE_UNAVAILABLE with "try again", a reference and nothing internal', () => {
    const logger = { error: jest.fn(), warn: jest.fn() };
    const format = createErrorFormatter(logger, () => 'ref-1');
    const error = new GraphQLError('connect ECONNREFUSED 127.0.0.1:5432', { originalError: socketError('ECONNREFUSED'), path: ['candidates'] });
    const formatted = format({ message: error.message, path: ['candidates'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({
      message: expect.stringMatching(/try again/),
      path: ['candidates'],
      locations: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', reference: 'ref-1' },
    });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.error).not.toHaveBeenCalled();
  });
});
