import { AppError } from '@pdv/errors';
import type { Identity, Role } from './roles';
import { SCOPED_ROLES } from './roles';

/**
 * Answers "is this organisation inside that subtree?" and "is this mass organisation (or
 * branch) inside that one?" from the service's own data or read model, as of today.
 */
export interface ScopeResolver {
  organisationWithin(organisationId: string, scopeRootId: string): Promise<boolean>;
  massOrganisationWithin?(massOrganisationId: string, scopeId: string): Promise<boolean>;
}

export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw AppError.unauthenticated();
  return identity;
}

export function hasRole(identity: Identity | null, roles: readonly Role[]): boolean {
  return identity !== null && roles.includes(identity.role);
}

export function requireRole(identity: Identity | null, roles: readonly Role[], action: string): Identity {
  const caller = requireIdentity(identity);
  if (!roles.includes(caller.role)) {
    throw AppError.forbidden(`Your role (${caller.role}) may not ${action}.`);
  }
  return caller;
}

/** true when the identity is limited to an organisation subtree. */
export function isOrganisationScoped(identity: Identity): boolean {
  return SCOPED_ROLES[identity.role] === 'organisation';
}

/**
 * Refuses when a scoped caller reaches outside their scope. Unscoped roles pass (their
 * role check happened already). Says FORBIDDEN, not NOT_FOUND, for organisations: the
 * tree's shape is not secret, the data inside other units is.
 */
export async function assertOrganisationInScope(
  identity: Identity,
  organisationId: string,
  scopes: ScopeResolver,
): Promise<void> {
  const kind = SCOPED_ROLES[identity.role];
  if (!kind) return;
  if (kind !== 'organisation' || !identity.scopeId) {
    throw AppError.forbidden(`Your role (${identity.role}) does not act on party organisations.`);
  }
  if (!(await scopes.organisationWithin(organisationId, identity.scopeId))) {
    throw AppError.forbidden('That organisation is outside the part of the ward you are responsible for.');
  }
}

/**
 * For a record fetched by its own id (a referral, a candidate, a member): a cell secretary
 * outside the record's organisation gets `notFound()`, the very answer for an id that does
 * not exist, so nobody learns which ids exist elsewhere. Every other refusal is
 * assertOrganisationInScope's.
 */
export async function assertRecordInScope(
  identity: Identity,
  organisationId: string,
  scopes: ScopeResolver,
  notFound: () => AppError,
): Promise<void> {
  if (SCOPED_ROLES[identity.role] === 'organisation' && identity.scopeId && !(await scopes.organisationWithin(organisationId, identity.scopeId))) {
    throw notFound();
  }
  await assertOrganisationInScope(identity, organisationId, scopes);
}

export async function assertMassOrganisationInScope(
  identity: Identity,
  massOrganisationId: string,
  scopes: ScopeResolver,
): Promise<void> {
  const kind = SCOPED_ROLES[identity.role];
  if (!kind) return;
  if (kind !== 'massOrganisation' || !identity.scopeId) {
    throw AppError.forbidden(`Your role (${identity.role}) does not act for a mass organisation.`);
  }
  const within =
    massOrganisationId === identity.scopeId ||
    (scopes.massOrganisationWithin ? await scopes.massOrganisationWithin(massOrganisationId, identity.scopeId) : false);
  if (!within) throw AppError.forbidden('You may only act for your own mass organisation.');
}
