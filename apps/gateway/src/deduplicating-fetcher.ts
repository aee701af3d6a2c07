import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { INTERNAL_IDENTITY_HEADER } from '@pdv/auth';
import type { BufferedFetcher, BufferedResponse } from './keep-alive-fetcher';
import { isReadOperation } from './subgraph-read';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * Identical subgraph fetches in flight at the same moment share one HTTP request: the same
 * subgraph URL, the same body (operation text, variables, operation name) and the same
 * internal identity header. The header is the identity (user, role and scope are signed into
 * it, and one identity keeps one header while it is valid: internal-identity-tokens.ts), so
 * two callers with any difference in who they are never share an answer. Each waiter gets
 * its own clone and parses its own copy, so nothing downstream mutates a shared object.
 * The per-request headers (request id, traceparent) of a follower are not sent: its fetch
 * shows up in the traces of the request that led it.
 */
export function deduplicatingFetches(fetcher: BufferedFetcher): Fetcher {
  const inFlight = new Map<string, Promise<BufferedResponse>>();
  return async (url, init) => {
    const body = init?.body;
    const identity = init?.headers?.[INTERNAL_IDENTITY_HEADER];
    if ((init?.method ?? 'GET') !== 'POST' || !identity || !isReadOperation(body)) {
      return fetcher(url, init);
    }
    const key = `${url}\n${identity}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetcher(url, init);
      inFlight.set(key, shared);
      // Only while in flight: an answer is never served to a fetch that starts after it came.
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    const response: FetcherResponse = (await shared).clone();
    return response;
  };
}
