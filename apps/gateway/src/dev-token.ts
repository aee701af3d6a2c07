import { type Identity, isRole, ROLES, SCOPED_ROLES, signUserToken, type UserTokenSettings } from '@pdv/auth';

/** A request for a development token that cannot be met; the message says what to do. */
export class TokenRequestError extends Error {}

/** Checks a role and scope typed by a person and turns them into an identity. */
export function developmentIdentity(role: string | undefined, scopeId: string | undefined): Identity {
  const usage = `usage: npm run token -- <ROLE> [scopeId]\nroles: ${ROLES.join(', ')}`;
  if (!role) throw new TokenRequestError(usage);
  const normalised = role.toUpperCase();
  if (!isRole(normalised)) throw new TokenRequestError(`unknown role "${role}".\n${usage}`);
  const scopeKind = SCOPED_ROLES[normalised];
  if (scopeKind && !scopeId) {
    const what = scopeKind === 'organisation' ? 'the id of the organisation (subtree) it acts in' : 'the id of its mass organisation';
    throw new TokenRequestError(`${normalised} needs a scope: ${what}.\nusage: npm run token -- ${normalised} <scopeId>`);
  }
  if (!scopeKind && scopeId) {
    throw new TokenRequestError(`${normalised} acts ward-wide and takes no scope; drop "${scopeId}".`);
  }
  return { userId: `dev-${normalised.toLowerCase().replace(/_/g, '-')}`, role: normalised, scopeId: scopeId ?? null };
}

/**
 * A 12-hour token signed with this gateway's own token settings (its config, so the same
 * environment that configures the gateway configures the token). Development tooling only:
 * production tokens come from the ward's identity provider.
 */
export function developmentToken(identity: Identity, settings: UserTokenSettings): Promise<string> {
  return signUserToken(identity, settings, '12h');
}
