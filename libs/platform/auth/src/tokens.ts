import { jwtVerify, SignJWT } from 'jose';
import { AppError } from '@pdv/errors';
import { type Identity, isRole, SCOPED_ROLES } from './roles';

const encoder = new TextEncoder();
const ALGORITHM = 'HS256';

export interface UserTokenSettings {
  /** Signs new tokens, and verifies. */
  secret: string;
  /**
   * During a key rotation, the secret being retired: tokens it signed are still accepted
   * until they expire, so no signed-in user is turned away. Never used to sign.
   */
  previousSecret?: string;
  issuer: string;
  audience: string;
}

/** The current secret first, then the one being retired (if any). */
function verificationKeys(secret: string, previousSecret: string | undefined): Uint8Array[] {
  return [secret, ...(previousSecret && previousSecret !== secret ? [previousSecret] : [])].map((key) => encoder.encode(key));
}

/** Verifies with the first key that accepts the signature; claims are checked the same for each. */
async function verifyWithAnyKey(token: string, keys: Uint8Array[], options: { issuer: string; audience: string }) {
  let failure: unknown;
  for (const key of keys) {
    try {
      return await jwtVerify(token, key, { ...options, algorithms: [ALGORITHM] });
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

function identityFromPayload(payload: { sub?: string; role?: unknown; scope?: unknown }): Identity {
  if (!payload.sub || !isRole(payload.role)) throw AppError.unauthenticated('The token does not name a user and a known role.');
  const scopeId = typeof payload.scope === 'string' && payload.scope.length > 0 ? payload.scope : null;
  if (SCOPED_ROLES[payload.role] && !scopeId) {
    throw AppError.unauthenticated(`A ${payload.role} token must carry the scope it acts in.`);
  }
  return { userId: payload.sub, role: payload.role, scopeId };
}

/** Verifies an end-user bearer token at the gateway. */
export async function verifyUserToken(token: string, settings: UserTokenSettings): Promise<Identity> {
  try {
    const { payload } = await verifyWithAnyKey(token, verificationKeys(settings.secret, settings.previousSecret), {
      issuer: settings.issuer,
      audience: settings.audience,
    });
    return identityFromPayload(payload);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.unauthenticated('The token is invalid or has expired; sign in again.');
  }
}

/** Issues an end-user token (development tooling and tests; production uses the ward's IdP). */
export async function signUserToken(
  identity: Identity,
  settings: UserTokenSettings,
  expiresIn: string | number = '12h',
): Promise<string> {
  return new SignJWT({ role: identity.role, scope: identity.scopeId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(identity.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(encoder.encode(settings.secret));
}

// The gateway re-signs the verified identity for the subgraphs with a secret only they
// share, short-lived, and bound to the subgraph audience: a subgraph trusts this header and
// nothing else, so a request that bypasses the gateway carries no identity it will accept.
export const INTERNAL_IDENTITY_HEADER = 'x-pdv-identity';
const INTERNAL_ISSUER = 'pdv-gateway';
const INTERNAL_AUDIENCE = 'pdv-subgraph';
const ANONYMOUS_SUBJECT = 'anonymous';
/** How long an internal identity header is valid; the gateway reuses one until shortly before. */
export const INTERNAL_IDENTITY_LIFETIME_SECONDS = 60;

export async function signInternalIdentity(identity: Identity | null, secret: string): Promise<string> {
  return new SignJWT(identity ? { role: identity.role, scope: identity.scopeId } : {})
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(identity?.userId ?? ANONYMOUS_SUBJECT)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_IDENTITY_LIFETIME_SECONDS}s`)
    .sign(encoder.encode(secret));
}

/**
 * Verifies the gateway's header. Returns the identity, or null for an anonymous caller that
 * did come through the gateway; throws UNAUTHENTICATED when the header is missing or forged.
 * `previousSecret`, during a rotation, is the one the gateways not yet restarted still sign with.
 */
export async function verifyInternalIdentity(
  header: string | undefined,
  secret: string,
  previousSecret?: string,
): Promise<Identity | null> {
  if (!header) throw AppError.unauthenticated('This service only answers requests that come through the gateway.');
  let payload: { sub?: string; role?: unknown; scope?: unknown };
  try {
    ({ payload } = await verifyWithAnyKey(header, verificationKeys(secret, previousSecret), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
    }));
  } catch {
    throw AppError.unauthenticated('This service only answers requests that come through the gateway.');
  }
  if (payload.sub === ANONYMOUS_SUBJECT) return null;
  return identityFromPayload(payload);
}
