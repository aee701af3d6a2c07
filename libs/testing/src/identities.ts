import { randomUUID } from 'node:crypto';
import { type Identity, INTERNAL_IDENTITY_HEADER, type Role, signInternalIdentity } from '@pdv/auth';

/** The internal secret tests configure services with (≥ 32 characters, never used outside tests). */
export const TEST_INTERNAL_SECRET = 'test-internal-secret-0123456789abcdef';

export function identityOf(role: Role, scopeId: string | null = null): Identity {
  return { userId: `test-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`, role, scopeId };
}

/**
 * Headers a subgraph accepts: what the gateway would send for this caller. `null` is an
 * anonymous caller that did come through the gateway.
 */
export async function gatewayHeaders(identity: Identity | null, secret = TEST_INTERNAL_SECRET): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    [INTERNAL_IDENTITY_HEADER]: await signInternalIdentity(identity, secret),
  };
}

/** What our formatters put on an error: the code, a Charter rule id, the fields at fault. */
export interface GraphQLErrorExtensions {
  code?: string;
  rule?: string;
  problems?: { field: string; message: string }[];
  [key: string]: unknown;
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: GraphQLErrorExtensions }[];
}

/** POSTs one GraphQL operation and returns the status with the parsed body. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}
