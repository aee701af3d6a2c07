import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type Identity, INTERNAL_IDENTITY_HEADER, verifyInternalIdentity } from '@pdv/auth';
import { parseTraceparent } from '@pdv/observability';
import type { GatewayContext } from './context';
import { IdentityForwardingDataSource } from './identity-data-source';
import { InternalIdentityTokens } from './internal-identity-tokens';

const secret = 'internal-secret-for-this-spec-0123456789';
const secretary: Identity = { userId: 'u-7', role: 'CELL_SECRETARY', scopeId: 'org-3' };
const callerTrace = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

async function forwardedHeaders(options: { context: Partial<GatewayContext>; incoming?: boolean }): Promise<Headers> {
  const source = new IdentityForwardingDataSource({
    name: 'organisation',
    url: 'http://127.0.0.1:4001/graphql',
    identityTokens: new InternalIdentityTokens(secret, 10),
    fetcher: () => Promise.reject(new Error('this spec sends nothing')),
  });
  const headers = new Headers({ 'content-type': 'application/json' });
  const request = { query: '{ __typename }', http: { method: 'POST', url: source.url, headers } };
  const processOptions = options.incoming === false
    ? { kind: 'health check', request, context: options.context }
    : { kind: 'incoming operation', request, context: options.context, incomingRequestContext: { context: options.context } };
  await source.willSendRequest(processOptions as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
  return headers;
}

describe('IdentityForwardingDataSource', () => {
  it('signs the verified identity into the internal header, which only the internal secret verifies', async () => {
    const headers = await forwardedHeaders({ context: { identity: secretary, requestId: 'r-1', traceparent: callerTrace } });
    const header = headers.get(INTERNAL_IDENTITY_HEADER) ?? undefined;
    expect(await verifyInternalIdentity(header, secret)).toEqual(secretary);
    await expect(verifyInternalIdentity(header, 'another-secret-0123456789abcdef0123')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('signs an anonymous caller as anonymous (the subgraph decides per field), never as nobody', async () => {
    const headers = await forwardedHeaders({ context: { identity: null, requestId: 'r-2', traceparent: callerTrace } });
    expect(await verifyInternalIdentity(headers.get(INTERNAL_IDENTITY_HEADER) ?? undefined, secret)).toBeNull();
  });

  it('forwards the request id and a child span of the gateway\'s trace', async () => {
    const headers = await forwardedHeaders({ context: { identity: secretary, requestId: 'r-3', traceparent: callerTrace } });
    expect(headers.get('x-request-id')).toBe('r-3');
    const trace = parseTraceparent(headers.get('traceparent'));
    expect(trace?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(trace?.spanId).not.toBe('00f067aa0ba902b7');
  });

  it('sends what the gateway sends on its own behalf as anonymous, with a fresh trace', async () => {
    const headers = await forwardedHeaders({ context: {}, incoming: false });
    expect(await verifyInternalIdentity(headers.get(INTERNAL_IDENTITY_HEADER) ?? undefined, secret)).toBeNull();
    expect(headers.get('x-request-id')).toBeNull();
    expect(parseTraceparent(headers.get('traceparent'))).not.toBeNull();
  });
});
