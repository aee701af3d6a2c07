import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { decodeJwt } from 'jose';
import { type Identity, type UserTokenSettings, verifyUserToken } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { LruMap } from './lru-map';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The body of a GraphQL-shaped 401, so clients handle it like any other UNAUTHENTICATED. */
export function unauthenticatedBody(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

export function sendUnauthenticated(res: Response, message: string): void {
  res.status(401).setHeader('www-authenticate', 'Bearer').type('application/json').send(unauthenticatedBody(message));
}

/** Who the Authorization header says the caller is, or why it is refused (a 401). */
export type Authentication = { identity: Identity | null } | { refused: string };

/**
 * Reads `Authorization: Bearer <jwt>`. No header: anonymous (null) — subgraphs decide field by
 * field what an anonymous caller may see. A header that is malformed, forged or expired is
 * refused, because the caller meant to sign in and should learn that it failed rather than get
 * anonymous answers. Anything but a verification failure is thrown.
 */
export function bearerAuthentication(settings: UserTokenSettings, options: { cacheSize: number }): (header: string | undefined) => Promise<Authentication> {
  const verified = verifiedTokenCache(settings, options.cacheSize);
  return async (header) => {
    if (header === undefined || header.trim() === '') return { identity: null };
    const match = BEARER.exec(header);
    if (!match) return { refused: 'The Authorization header must be "Bearer <token>".' };
    try {
      return { identity: await verified(match[1]) };
    } catch (error) {
      if (error instanceof AppError) return { refused: error.message };
      throw error;
    }
  };
}

export type BearerAuthentication = ReturnType<typeof bearerAuthentication>;

/** The same as express middleware: the identity is left in `res.locals.identity`. */
export function authenticate(authentication: BearerAuthentication): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const outcome = await authentication(req.header('authorization'));
      if ('refused' in outcome) {
        sendUnauthenticated(res, outcome.refused);
        return;
      }
      res.locals.identity = outcome.identity;
      next();
    } catch (error) {
      next(error);
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
