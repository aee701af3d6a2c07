import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetcher } from './keep-alive-fetcher';

describe('keepAliveFetcher', () => {
  let server: http.Server;
  let url: string;
  const sockets = new Set<unknown>();
  /** When set, a request on a connection that already served one is cut off unanswered. */
  let dropReusedConnections = false;
  const served = new WeakSet<object>();

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      sockets.add(req.socket);
      if (dropReusedConnections && served.has(req.socket)) {
        req.socket.destroy();
        return;
      }
      served.add(req.socket);
      if (req.url === '/empty') {
        res.writeHead(204).end();
        return;
      }
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: req.method, echo: body, seen: req.headers['x-probe'] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends method, headers and body, and reads status, headers and JSON back', async () => {
    const client = keepAliveFetcher({ maxSockets: 4 });
    const response = await client.fetcher(`${url}/graphql`, { method: 'POST', headers: { 'x-probe': 'yes' }, body: '{"q":1}' });
    expect(response).toMatchObject({ status: 200, ok: true, url: `${url}/graphql` });
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await response.json()).toEqual({ method: 'POST', echo: '{"q":1}', seen: 'yes' });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    client.close();
  });

  it('keeps connections alive: sequential requests share one socket', async () => {
    sockets.clear();
    const client = keepAliveFetcher({ maxSockets: 4 });
    for (let i = 0; i < 5; i++) await (await client.fetcher(`${url}/graphql`, { method: 'POST', body: '{}' })).text();
    expect(sockets.size).toBe(1);
    client.close();
  });

  it('hands each clone its own parsed copy', async () => {
    const client = keepAliveFetcher({ maxSockets: 1 });
    const response = await client.fetcher(`${url}/graphql`, { method: 'POST', body: 'x' });
    const first = (await response.clone().json()) as { echo: string };
    first.echo = 'changed';
    expect(await response.clone().json()).toMatchObject({ echo: 'x' });
    client.close();
  });

  it('sends a read once more when a kept-alive connection is cut off under it, but never a write', async () => {
    const client = keepAliveFetcher({ maxSockets: 1 });
    const read = JSON.stringify({ query: 'query Q { n }' });
    const write = JSON.stringify({ query: 'mutation M { n }' });
    await (await client.fetcher(`${url}/graphql`, { method: 'POST', body: read })).text();
    dropReusedConnections = true;
    try {
      const retried = await client.fetcher(`${url}/graphql`, { method: 'POST', body: read });
      expect(await retried.json()).toMatchObject({ echo: read });
      // A read on a new pooled connection, then a write that reuses it and is cut off.
      await (await client.fetcher(`${url}/graphql`, { method: 'POST', body: read })).text();
      await expect(client.fetcher(`${url}/graphql`, { method: 'POST', body: write })).rejects.toMatchObject({ code: 'ECONNRESET' });
    } finally {
      dropReusedConnections = false;
      client.close();
    }
  });

  it('sends that read once more on a new connection, not on the next kept-alive one the subgraph also closed', async () => {
    const client = keepAliveFetcher({ maxSockets: 2 });
    const read = JSON.stringify({ query: 'query Q { n }' });
    // Two connections opened together, both free in the pool afterwards.
    await Promise.all([1, 2].map(async () => (await client.fetcher(`${url}/graphql`, { method: 'POST', body: read })).text()));
    dropReusedConnections = true;
    try {
      const retried = await client.fetcher(`${url}/graphql`, { method: 'POST', body: read });
      expect(await retried.json()).toMatchObject({ echo: read });
    } finally {
      dropReusedConnections = false;
      client.close();
    }
  });

  it('answers a 204 with an empty body', async () => {
    const client = keepAliveFetcher({ maxSockets: 1 });
    const response = await client.fetcher(`${url}/empty`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    client.close();
  });

  it('rejects when the subgraph cannot be reached', async () => {
    const client = keepAliveFetcher({ maxSockets: 1 });
    await expect(client.fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
    client.close();
  });
});
