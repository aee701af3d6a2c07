import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type Identity, type UserTokenSettings, verifyUserToken } from '@pdv/auth';
import { AppError } from '@pdv/errors';

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
export function authenticate(settings: UserTokenSettings): RequestHandler {
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
      const identity: Identity = await verifyUserToken(match[1], settings);
      res.locals.identity = identity;
      next();
    } catch (error) {
      if (error instanceof AppError) sendUnauthenticated(res, error.message);
      else next(error);
    }
  };
}
