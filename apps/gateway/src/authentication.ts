import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { decodeJwt } from 'jose';
import { type Identity, type UserTokenSettings, verifyUserToken } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { LruMap } from './lru-map';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Sends a GraphQL-shaped 401, so clients handle it like any other UNAUTHENTICATED. */
export function sendUnauthenticated(res: Response, message: string): void {
  res
    .status(401)
    .setHeader('www-authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Verifies `Authorization: Bearer <jwt>` and leaves the identity in `res.locals.identity`.
 * No header: anonymous (null) — subgraphs decide field by field what an anonymous caller
 * may see. A header that is malformed, forged or expired: 401 at once, because the caller
 * meant to sign in and should learn that it failed rather than get anonymous answers.
 */
export function authenticate(settings: UserTokenSettings, options: { cacheSize: number }): RequestHandler {
  const verified = verifiedTokenCache(settings, options.cacheSize);
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.header('authorization');
    if (header === undefined || header.trim() === '') {
      res.locals.identity = null;
      next();
      return;
    }
    const match = BEARER.exec(header);
    if (!match) {
      sendUnauthenticated(res, 'The Authorization header must be "Bearer <token>".');
      return;
    }
    try {
      const identity: Identity = await verified(match[1]);
      res.locals.identity = identity;
      next();
    } catch (error) {
      if (error instanceof AppError) sendUnauthenticated(res, error.message);
      else next(error);
    }
  };
}

/**
 * A token string that verified once verifies the same way until it expires (its signature
 * covers every claim), so a client sending one token on every request pays the HMAC once.
 * Only successes are kept, and only until the token's own `exp`.
 */
function verifiedTokenCache(settings: UserTokenSettings, cacheSize: number): (token: string) => Promise<Identity> {
  const cache = new LruMap<string, { identity: Identity; expiresAt: number }>(cacheSize);
  return async (token) => {
    const cached = cache.get(token);
    if (cached && Date.now() < cached.expiresAt) return cached.identity;
    const identity = await verifyUserToken(token, settings);
    const { exp } = decodeJwt(token);
    // Frozen: one object is handed to every request that sends this token.
    if (typeof exp === 'number') cache.set(token, { identity: Object.freeze(identity), expiresAt: exp * 1000 });
    return identity;
  };
}
