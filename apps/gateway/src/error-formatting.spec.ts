import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createGatewayErrorFormatter } from './error-formatting';

function setup() {
  const logged: Record<string, unknown>[] = [];
  const format = createGatewayErrorFormatter({ error: (object) => logged.push(object) }, () => 'req-9');
  return { logged, format };
}

function relayed(extensions: Record<string, unknown>): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError('Subgraph says no.', { path: ['dossier'], extensions: { serviceName: 'admission', ...extensions } });
  return [error.toJSON(), error];
}

describe('gateway error formatting', () => {
  it('relays a subgraph application error with its code, rule and problems, without the subgraph name', () => {
    const { format, logged } = setup();
    expect(format(...relayed({ code: 'RULE_VIOLATION', rule: 'SPONSOR_MUST_BE_OFFICIAL', stacktrace: ['x'] }))).toEqual({
      message: 'Subgraph says no.',
      path: ['dossier'],
      extensions: { code: 'RULE_VIOLATION', rule: 'SPONSOR_MUST_BE_OFFICIAL' },
    });
    const problems = [{ field: 'input.dateOfBirth', message: 'must be in the past' }];
    expect(format(...relayed({ code: 'BAD_USER_INPUT', problems })).extensions).toEqual({ code: 'BAD_USER_INPUT', problems });
    expect(logged).toHaveLength(0);
  });

  it('hides a subgraph that answered with an HTTP error (its URL and body are internals)', () => {
    const { format, logged } = setup();
    const response = { url: 'http://10.0.0.5:4004/graphql', status: 401, body: 'secret mismatch' };
    const formatted = format(...relayed({ code: 'UNAUTHENTICATED', response }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: 'req-9' });
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
    expect(logged).toHaveLength(1);
  });

  it('hides a subgraph error without an application code', () => {
    const { format } = setup();
    expect(format(...relayed({ code: 'DOWNSTREAM_SERVICE_ERROR' })).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reference: 'req-9' });
  });

  it('formats the gateway\'s own errors with the shared formatter', () => {
    const { format } = setup();
    const error = new GraphQLError('Syntax Error: Unexpected "}".', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });
});
