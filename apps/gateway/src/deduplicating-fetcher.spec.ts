import { INTERNAL_IDENTITY_HEADER } from '@pdv/auth';
import { deduplicatingFetches } from './deduplicating-fetcher';
import { BufferedResponse, type BufferedFetcher } from './keep-alive-fetcher';

const URL = 'http://127.0.0.1:4001/graphql';
const read = (query: string, variables: object = {}) => JSON.stringify({ query, variables });
const init = (body: string, identity = 'token-of-alice') => ({ method: 'POST', headers: { [INTERNAL_IDENTITY_HEADER]: identity }, body });

function countingFetcher(): { fetcher: BufferedFetcher; calls: string[]; release(): void } {
  const calls: string[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetcher: BufferedFetcher = async (url, options) => {
    calls.push(String(options?.body));
    await gate;
    return new BufferedResponse(url, 200, 'OK', new Headers({ 'content-type': 'application/json' }), '{"data":{"n":1}}');
  };
  return { fetcher, calls, release: () => release() };
}

describe('deduplicatingFetches', () => {
  it('shares one fetch among identical reads in flight and gives each waiter its own copy', async () => {
    const inner = countingFetcher();
    const fetch = deduplicatingFetches(inner.fetcher);
    const pending = Array.from({ length: 3 }, () => fetch(URL, init(read('query Q { n }'))));
    inner.release();
    const bodies = await Promise.all(pending.map(async (response) => (await response).json()));
    expect(inner.calls).toHaveLength(1);
    bodies[0].data.n = 99;
    expect(bodies.slice(1)).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }]);
  });

  it.each([
    ['a mutation', init(read('mutation M { n }')), init(read('mutation M { n }'))],
    ['another identity', init(read('{ n }'), 'token-of-alice'), init(read('{ n }'), 'token-of-bob')],
    ['other variables', init(read('query Q { n }', { a: 1 })), init(read('query Q { n }', { a: 2 }))],
    ['no identity header', { method: 'POST', body: read('{ n }') }, { method: 'POST', body: read('{ n }') }],
  ])('never shares a fetch: %s', async (_label, first, second) => {
    const inner = countingFetcher();
    const fetch = deduplicatingFetches(inner.fetcher);
    const pending = [fetch(URL, first), fetch(URL, second)];
    inner.release();
    await Promise.all(pending);
    expect(inner.calls).toHaveLength(2);
  });

  it('hands a failure to every waiter and forgets it', async () => {
    let calls = 0;
    const fetch = deduplicatingFetches(async () => {
      calls++;
      throw new Error('connection refused');
    });
    const results = await Promise.allSettled([fetch(URL, init(read('{ n }'))), fetch(URL, init(read('{ n }')))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await expect(fetch(URL, init(read('{ n }')))).rejects.toThrow('connection refused');
    expect(calls).toBe(2);
  });
});
