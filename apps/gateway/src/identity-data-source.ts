import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { INTERNAL_IDENTITY_HEADER } from '@pdv/auth';
import { childTraceparent, formatTraceparent } from '@pdv/observability';
import { relayingClientRefusals } from './client-refusal-fetcher';
import type { GatewayContext } from './context';
import type { InternalIdentityTokens } from './internal-identity-tokens';

/**
 * Calls one subgraph on behalf of the caller. Subgraphs trust nothing but the internal
 * identity header, so every fetch carries one: short-lived, minted once per identity
 * (internal-identity-tokens.ts), and sent even for an anonymous caller (the subgraph then
 * answers UNAUTHENTICATED per field instead of refusing the whole request as one that
 * bypassed the gateway).
 */
export class IdentityForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly identityTokens: InternalIdentityTokens;

  constructor(options: { name: string; url: string; identityTokens: InternalIdentityTokens; fetcher: RemoteGraphQLDataSource['fetcher'] }) {
    super({ url: options.url });
    this.identityTokens = options.identityTokens;
    this.fetcher = relayingClientRefusals(options.fetcher);
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Only an incoming operation has a caller; anything else the gateway might send on its
    // own (it sends nothing today: no health checks, no introspection) goes as anonymous.
    const context: Partial<GatewayContext> = 'incomingRequestContext' in options ? options.context : {};
    headers.set(INTERNAL_IDENTITY_HEADER, await this.identityTokens.tokenFor(context.identity ?? null));
    if (context.requestId) headers.set('x-request-id', context.requestId);
    // Each subgraph fetch is a child span of the gateway's span, so traces show the fan-out.
    headers.set('traceparent', formatTraceparent(childTraceparent(context.traceparent)));
  }
}
