import type { IncomingMessage } from 'node:http';
import { anonymousRateLimit, clientAddressOf } from './anonymous-rate-limit';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('anonymousRateLimit', () => {
  it('lets a client use its bucket, refuses the next request and says when to come back', () => {
    let now = 0;
    const limit = anonymousRateLimit({ perMinute: 3, trustedProxyHops: 0, maxClients: 10, now: () => now });
    const client = request('10.0.0.1');
    expect([limit(client), limit(client), limit(client)]).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(limit(client)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    // Another address has its own bucket.
    expect(limit(request('10.0.0.2'))).toEqual({ allowed: true });
    // 3 a minute: one request back every 20 s, no more than the bucket holds.
    now = 20_000;
    expect(limit(client)).toEqual({ allowed: true });
    expect(limit(client).allowed).toBe(false);
    now = 10 * 60_000;
    expect([limit(client), limit(client), limit(client), limit(client)].map((decision) => decision.allowed)).toEqual([true, true, true, false]);
  });

  it('is off at 0 a minute', () => {
    const limit = anonymousRateLimit({ perMinute: 0, trustedProxyHops: 0, maxClients: 10 });
    for (let i = 0; i < 100; i++) expect(limit(request('10.0.0.1'))).toEqual({ allowed: true });
  });

  it('forgets the least recently seen address first (bounded memory), which then starts full', () => {
    const limit = anonymousRateLimit({ perMinute: 1, trustedProxyHops: 0, maxClients: 2, now: () => 0 });
    expect(limit(request('a')).allowed).toBe(true);
    expect(limit(request('a')).allowed).toBe(false);
    limit(request('b'));
    limit(request('c'));
    expect(limit(request('a')).allowed).toBe(true);
  });
});

describe('clientAddressOf', () => {
  it.each([
    [0, '10.0.0.9', '1.2.3.4', '10.0.0.9'],
    [1, '10.0.0.9', '1.2.3.4', '1.2.3.4'],
    [1, '10.0.0.9', 'spoofed, 1.2.3.4', '1.2.3.4'],
    [2, '10.0.0.9', 'spoofed, 1.2.3.4, 10.0.0.5', '1.2.3.4'],
    [1, '10.0.0.9', undefined, '10.0.0.9'],
  ])('trusting %i proxies, peer %s, X-Forwarded-For %s → %s', (hops, peer, forwarded, expected) => {
    expect(clientAddressOf(request(peer, forwarded), hops)).toBe(expected);
  });
});
