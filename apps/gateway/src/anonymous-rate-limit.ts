import type { IncomingMessage } from 'node:http';
import { LruMap } from './lru-map';

/**
 * Callers without a token may use only what is public (e.g. `verifyCertificate(code)`), and
 * nothing stops a script from asking for every code: each client address gets a token bucket
 * of `perMinute` requests, refilled evenly. Signed-in callers are not limited here (they are
 * known, scoped and audited). The buckets live in an LRU map, so a flood of distinct
 * addresses costs bounded memory; an address it forgot starts with a full bucket.
 */
export interface AnonymousRateLimitOptions {
  /** Requests a minute per client address; 0 switches the limit off. */
  perMinute: number;
  /**
   * Reverse proxies in front of the gateway that append to `X-Forwarded-For`: the client is
   * the address that many entries from the right. 0: the socket's peer is the client.
   */
  trustedProxyHops: number;
  /** Client addresses remembered at once. */
  maxClients: number;
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** The client's address, trusting exactly `hops` proxies' `X-Forwarded-For` entries. */
export function clientAddressOf(req: IncomingMessage, hops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (hops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // The last proxy appended the address it saw: with one trusted hop, that last entry.
  return forwarded[forwarded.length - hops] ?? forwarded[0] ?? peer;
}

export function anonymousRateLimit(options: AnonymousRateLimitOptions): (req: IncomingMessage) => RateDecision {
  if (options.perMinute === 0) return () => ({ allowed: true });
  const now = options.now ?? Date.now;
  const capacity = options.perMinute;
  const perMillisecond = options.perMinute / 60_000;
  const buckets = new LruMap<string, Bucket>(options.maxClients);
  return (req) => {
    const key = clientAddressOf(req, options.trustedProxyHops);
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at };
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMillisecond);
    bucket.updatedAt = at;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMillisecond / 1000)) };
  };
}

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `Too many requests without signing in from this address. Wait ${retryAfterSeconds} s and try again, or sign in. (Quá nhiều yêu cầu chưa đăng nhập từ địa chỉ này: đợi ${retryAfterSeconds} giây rồi thử lại, hoặc đăng nhập.)`;
}
