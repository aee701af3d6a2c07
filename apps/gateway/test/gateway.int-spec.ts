import { gzipSync } from 'node:zlib';
import { type Identity, INTERNAL_IDENTITY_HEADER, signUserToken } from '@pdv/auth';
import { type GraphQLResponse, postGraphQL } from '@pdv/testing';
import type { RunningGateway } from '../src/server';
import { type FakeSubgraph, JWT, type Observed, startFakeSubgraphs, startTestGateway, tokenFor } from './fake-subgraphs';

const board: Identity = { userId: 'u-board', role: 'PARTY_BUILDING_BOARD', scopeId: null };

describe('gateway over two subgraphs', () => {
  const observed: Observed = { requests: [] };
  let subgraphs: FakeSubgraph[];
  let gateway: RunningGateway;
  let token: string;

  const query = <TData = Record<string, unknown>>(
    text: string,
    options: { token?: string | null; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<TData>> => {
    const bearer = options.token === undefined ? token : options.token;
    return postGraphQL<TData>(gateway.url, text, options.variables ?? {}, {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      ...options.headers,
    });
  };

  beforeAll(async () => {
    subgraphs = await startFakeSubgraphs(observed);
    gateway = await startTestGateway(subgraphs);
    token = await tokenFor(board);
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all((subgraphs ?? []).map((subgraph) => subgraph.server.stop()));
  });

  beforeEach(() => {
    observed.requests.length = 0;
  });

  describe('authentication', () => {
    it('answers a query that spans both subgraphs, forwarding the verified identity to each', async () => {
      const response = await query('{ me { userId role scopeId } organisations(first: 2) { id name candidateCount } }');
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        me: { userId: 'u-board', role: 'PARTY_BUILDING_BOARD', scopeId: null },
        organisations: [
          { id: 'org-1', name: 'Organisation org-1', candidateCount: 7 },
          { id: 'org-2', name: 'Organisation org-2', candidateCount: 7 },
        ],
      });
      expect(new Set(observed.requests.map((request) => request.subgraph))).toEqual(new Set(['organisation', 'sourcing']));
      for (const request of observed.requests) expect(request.identity).toEqual(board);
    });

    it('forwards the request id and continues the caller\'s trace', async () => {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const response = await query<{ seen: { requestId: string; traceparent: string } }>('{ seen { requestId traceparent } }', {
        headers: { 'x-request-id': 'req-123', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      });
      expect(response.data?.seen.requestId).toBe('req-123');
      expect(response.data?.seen.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      expect(response.data?.seen.traceparent).not.toContain('00f067aa0ba902b7');
    });

    it('lets a request without a token through as anonymous: subgraphs answer UNAUTHENTICATED per field', async () => {
      const response = await query('{ me { userId } organisations(first: 1) { id } }', { token: null });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ me: null, organisations: [{ id: 'org-1' }] });
      expect(response.errors).toHaveLength(1);
      expect(response.errors?.[0]).toMatchObject({ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } });
      expect(observed.requests.every((request) => request.identity === null)).toBe(true);
    });

    it.each([
      ['a forged token', async () => `${await tokenFor(board)}x`],
      ['an expired token', () => tokenFor(board, Math.floor(Date.now() / 1000) - 60)],
      ['a token for another audience', () => signUserToken(board, { ...JWT, audience: 'another-api' })],
      ['a token signed with another secret', () => signUserToken(board, { ...JWT, secret: 'z'.repeat(40) })],
    ])('refuses %s with HTTP 401 and UNAUTHENTICATED, before any subgraph is called', async (_case, makeToken) => {
      const response = await query('{ organisations { id } }', { token: await makeToken() });
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(observed.requests).toHaveLength(0);
    });

    it('refuses a token it accepted before once that token has expired (verifications are cached only until exp)', async () => {
      const shortLived = await tokenFor(board, '2s');
      expect((await query('{ organisations { id } }', { token: shortLived })).status).toBe(200);
      const expiresAt = Number(JSON.parse(Buffer.from(shortLived.split('.')[1], 'base64url').toString('utf8')).exp) * 1000;
      await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 50));
      const response = await query('{ organisations { id } }', { token: shortLived });
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an Authorization header that is not a bearer token', async () => {
      const response = await postGraphQL(gateway.url, '{ organisations { id } }', {}, { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' });
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('a subgraph called directly, bypassing the gateway, refuses even a valid user token', async () => {
      const direct = await postGraphQL(subgraphs[0].server.url, '{ organisations { id } }', {}, {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      });
      expect(direct.status).toBe(401);
      expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const forgedHeader = await postGraphQL(subgraphs[1].server.url, '{ candidatesSeenBy }', {}, {
        'content-type': 'application/json',
        [INTERNAL_IDENTITY_HEADER]: token,
      });
      expect(forgedHeader.status).toBe(401);
    });
  });

  describe('errors relayed from subgraphs', () => {
    it('keep their code and rule, without naming the subgraph', async () => {
      const response = await query('{ ruleBreaker }');
      expect(response.errors?.[0]).toMatchObject({
        message: 'A cell needs three official members to vote.',
        extensions: { code: 'RULE_VIOLATION', rule: 'VOTE_QUORUM' },
      });
      expect(response.errors?.[0].extensions).not.toHaveProperty('serviceName');
    });

    it('relay a subgraph\'s refusal of a variable (HTTP 400 there) as BAD_USER_INPUT naming the variable', async () => {
      for (const at of ['2026-12-01', '2026-02-30T10:00:00Z', 'banana']) {
        const response = await query('query($at: DateTime!) { when(at: $at) }', { variables: { at } });
        expect(response.status).toBe(200);
        expect(response.errors).toHaveLength(1);
        expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
        expect(response.errors?.[0].message).toMatch(/Variable "\$at" got invalid value .*RFC 3339/);
      }
      const day = await query('query($day: LocalDate) { when(at: "2026-12-01T10:00:00Z", day: $day) }', { variables: { day: '2026-02-30' } });
      expect(day.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"\$day".*YYYY-MM-DD/), extensions: { code: 'BAD_USER_INPUT' } });
      const id = await query('query($id: ID) { when(at: "2026-12-01T10:00:00Z", memberId: $id) }', { variables: { id: 'not-a-uuid' } });
      expect(id.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"\$id".*UUID/), extensions: { code: 'BAD_USER_INPUT' } });
      const good = await query<{ when: string }>('query($at: DateTime!) { when(at: $at) }', { variables: { at: '2026-12-01T10:00:00+07:00' } });
      expect(good.data?.when).toBe('2026-12-01T03:00:00.000Z');
    });

    it('relay a subgraph\'s refusal of text with control characters, naming the argument', async () => {
      const response = await query('query($text: String!) { echo(text: $text) }', { variables: { text: 'Hoa\u0000' } });
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^text must not contain control characters/),
        extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'text' }] },
      });
    });

    it('answer the gateway\'s own variable coercion errors as BAD_USER_INPUT', async () => {
      const response = await query('query($n: Int) { organisations(first: $n) { id } }', { variables: { n: 'many' } });
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"\$n"/), extensions: { code: 'BAD_USER_INPUT' } });
      const huge = await query('query($n: Int) { organisations(first: $n) { id } }', { variables: { n: 2 ** 31 } });
      expect(huge.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('hide unexpected errors behind a reference', async () => {
      const response = await query('{ crash }', { headers: { 'x-request-id': 'req-crash' } });
      const text = JSON.stringify(response.errors);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reference: 'req-crash' });
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('db-internal');
      expect(text).not.toContain('serviceName');
    });
  });

  describe('query limits', () => {
    const refused = (response: GraphQLResponse) => {
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data).toBeUndefined();
      expect(observed.requests).toHaveLength(0);
    };

    it('refuses a query nested too deeply', async () => {
      const response = await query('{ organisations { children { children { children { children { children { id } } } } } } }');
      refused(response);
      expect(response.errors?.[0].message).toMatch(/nested 7 levels deep \(at most 5\)/);
    });

    it('refuses too many aliases', async () => {
      const response = await query('{ a: organisations { id } b: organisations { id } c: organisations { id } d: organisations { id } }');
      refused(response);
      expect(response.errors?.[0].message).toMatch(/4 aliases \(at most 3\)/);
    });

    it('refuses a query that could return too many objects', async () => {
      const response = await query('query Big($n: Int) { organisations(first: 100) { id children(first: $n) { id name } } }', {
        variables: { n: 100 },
      });
      refused(response);
      expect(response.errors?.[0].message).toMatch(/about \d+ objects \(at most 1000\)/);
    });

    it('refuses a document with too many tokens before parsing it fully', async () => {
      const response = await query(`{ ${'organisations { id } '.repeat(100)} }`);
      refused(response);
      expect(response.errors?.[0].message).toMatch(/tokens/);
    });

    it('accepts a query inside every limit', async () => {
      const response = await query('{ organisations(first: 3) { id children(first: 10) { id } } }');
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
    });
  });

  describe('HTTP protections', () => {
    it('refuses a body larger than BODY_LIMIT with 413', async () => {
      const response = await query('query Echo($text: String!) { echo(text: $text) }', { variables: { text: 'x'.repeat(20_000) } });
      expect(response.status).toBe(413);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('accepts a large variable under the limit (spreadsheet imports travel as base64)', async () => {
      const text = 'x'.repeat(10_000);
      const response = await query<{ echo: string }>('query Echo($text: String!) { echo(text: $text) }', { variables: { text } });
      expect(response.status).toBe(200);
      expect(response.data?.echo).toBe(text);
    });

    // A plain JSON POST takes the hot path (src/graphql-http.ts), anything else the express
    // app: both must answer alike.
    const send = (body: string | Buffer, headers: Record<string, string>) =>
      fetch(gateway.url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-request-id': 'req-paths', ...headers }, body });
    const question = JSON.stringify({ query: '{ organisations(first: 1) { id } }' });

    it.each([
      ['plain JSON (hot path)', question, { 'content-type': 'application/json' }],
      ['JSON with a charset (hot path)', question, { 'content-type': 'application/json; charset=utf-8' }],
      ['a gzip-compressed body (express)', gzipSync(question), { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
      ['a GraphQL response media type in Accept (hot path)', question, { 'content-type': 'application/json', accept: 'application/graphql-response+json' }],
    ])('answers %s the same way', async (_case, body, headers) => {
      const response = await send(body, headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('req-paths');
      expect(await response.json()).toEqual({ data: { organisations: [{ id: 'org-1' }] } });
    });

    it.each([
      ['hot path', { 'content-type': 'application/json' }],
      ['express app', { 'content-type': 'application/json; profile=x' }],
    ])('refuses a body that is not a JSON object on the %s with 400 BAD_USER_INPUT', async (_case, headers) => {
      for (const body of ['{"query": ', '"just a string"', '']) {
        const response = await send(body, headers);
        expect(response.status).toBe(400);
        expect((await response.json()) as unknown).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      expect(observed.requests).toHaveLength(0);
    });

    it('refuses introspection outside development', async () => {
      const response = await query('{ __schema { types { name } } }');
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].message).toMatch(/introspection/i);
    });

    it('refuses a GET without a preflight header (CSRF prevention), but answers one with it', async () => {
      const url = `${gateway.url}?query=${encodeURIComponent('{ organisations { id } }')}`;
      const simple = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF/i);
      const preflighted = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
      expect(preflighted.status).toBe(200);
    });

    it('refuses a simple (text/plain) POST a browser could send cross-site', async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ organisations { id } }' }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/i);
    });

    it('serves /healthz and /metrics', async () => {
      const origin = new URL(gateway.url).origin;
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
      const metrics = await fetch(`${origin}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('graphql_operations_total');
    });

    it('counts query-plan cache hits and misses on /metrics', async () => {
      const origin = new URL(gateway.url).origin;
      const lookups = async (outcome: string) => {
        const text = await (await fetch(`${origin}/metrics`)).text();
        const line = text.split('\n').find((candidate) => candidate.startsWith('gateway_query_plan_cache_lookups_total') && candidate.includes(`outcome="${outcome}"`));
        return Number(line?.split(' ').pop() ?? 0);
      };
      const text = '{ organisations(first: 1) { id name } plansCounted: me { userId } }';
      const [hitsBefore, missesBefore] = [await lookups('hit'), await lookups('miss')];
      await query(text);
      await query(text);
      expect(await lookups('miss')).toBe(missesBefore + 1);
      expect(await lookups('hit')).toBe(hitsBefore + 1);
    });
  });

  describe('readiness', () => {
    it('is ready while every subgraph answers, and 503 naming the one that is down', async () => {
      const origin = new URL(gateway.url).origin;
      const ready = await fetch(`${origin}/readyz`);
      expect(ready.status).toBe(200);

      await subgraphs[1].server.stop();
      const notReady = await fetch(`${origin}/readyz`);
      expect(notReady.status).toBe(503);
      const body = (await notReady.json()) as { checks: { name: string; ok: boolean }[] };
      expect(body.checks).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'subgraph:organisation', ok: true }),
          expect.objectContaining({ name: 'subgraph:sourcing', ok: false }),
        ]),
      );
    });
  });

  describe('requests without a token', () => {
    it('are limited per client address (429 RATE_LIMITED with Retry-After) on both ways in; signed-in callers are not', async () => {
      const limited = await startTestGateway(subgraphs, { ANONYMOUS_REQUESTS_PER_MINUTE: '3' });
      try {
        const anonymous = () => postGraphQL(limited.url, '{ organisations(first: 1) { id } }', {}, { 'content-type': 'application/json' });
        // The third goes the express way (a content type the hot path leaves alone): one bucket.
        const viaExpress = () => postGraphQL(limited.url, '{ organisations(first: 1) { id } }', {}, { 'content-type': 'application/json; profile=x' });
        expect([(await anonymous()).status, (await anonymous()).status, (await viaExpress()).status]).toEqual([200, 200, 200]);
        for (const refused of [await anonymous(), await viaExpress()]) {
          expect(refused.status).toBe(429);
          expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
          expect(refused.errors?.[0].message).toMatch(/Wait \d+ s/);
        }
        const raw = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organisations(first: 1) { id } }' }) });
        // 3 a minute: one more every 20 s (less the time the requests above took).
        expect(Number(raw.headers.get('retry-after'))).toBeGreaterThan(15);
        expect(Number(raw.headers.get('retry-after'))).toBeLessThanOrEqual(20);
        const signedIn = await postGraphQL(limited.url, '{ organisations(first: 1) { id } }', {}, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
        expect(signedIn.status).toBe(200);
      } finally {
        await limited.stop();
      }
    });
  });

  describe('in development', () => {
    it('allows introspection and serves the landing page', async () => {
      const development = await startTestGateway(subgraphs.slice(0, 1), { NODE_ENV: 'development' });
      try {
        const introspection = await postGraphQL<{ __schema: { queryType: { name: string } } }>(
          development.url,
          '{ __schema { queryType { name } } }',
        );
        expect(introspection.data?.__schema.queryType.name).toBe('Query');
        const landing = await fetch(development.url, { headers: { accept: 'text/html' } });
        expect(landing.status).toBe(200);
        expect(await landing.text()).toMatch(/<html/i);
      } finally {
        await development.stop();
      }
    });
  });
});
