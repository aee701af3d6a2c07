import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ERROR_CODES } from '@pdv/errors';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

const CLIENT_CODES = new Set<string>(ERROR_CODES);

interface GraphQLErrorBody {
  errors: { message?: unknown; extensions?: { code?: unknown } }[];
}

function isClientRefusal(body: unknown): body is GraphQLErrorBody {
  const errors = (body as Partial<GraphQLErrorBody> | null)?.errors;
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((error) => typeof error?.message === 'string' && typeof error.extensions?.code === 'string' && CLIENT_CODES.has(error.extensions.code))
  );
}

/**
 * A subgraph refuses a request the caller got wrong (a variable its strict scalars reject)
 * with HTTP 400 and GraphQL errors carrying an application code. Apollo's data source turns
 * every non-2xx answer into one opaque error, which the gateway must hide; so such an answer
 * is handed on as the GraphQL response it is, and its errors are relayed like any other
 * subgraph error (code, message, problems). Anything else (401 for a bad internal token, 5xx,
 * a body without application codes) stays an HTTP error, logged and hidden.
 */
export function relayingClientRefusals(fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    const response = await fetcher(url, init);
    if (response.status !== 400 || !response.headers.get('content-type')?.includes('json')) return response;
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON after all: passed on below as the 400 it is
    }
    const status = isClientRefusal(body) ? 200 : response.status;
    return new Response(text, { status, statusText: response.statusText, headers: { 'content-type': 'application/json' } });
  };
}
