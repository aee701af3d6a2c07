import { assertOrganisationInScope, assertRecordInScope, type Identity, isOrganisationScoped, requireIdentity } from '@pdv/auth';
import type { AppError } from '@pdv/errors';
import type { OrganisationScopes } from '../organisation/organisation.scopes';
import type { ServiceScope } from './service-scope';

/**
 * Row-level checks for operations whose organisation is not an argument (a member id, an
 * assignment id): the resolver's @Allow has checked the role, this checks the row.
 */
export async function assertOrganisationAccessible(scope: ServiceScope, organisationId: string): Promise<void> {
  await assertOrganisationInScope(requireIdentity(scope.identity), organisationId, scope.scopes);
}

/**
 * For a row fetched by its own id (a member): outside a cell secretary's part of the ward it
 * does not exist for them, so they get `notFound()` as for a made-up id (no existence oracle).
 */
export async function assertRowAccessible(scope: ServiceScope, organisationId: string, notFound: () => AppError): Promise<void> {
  await assertRecordInScope(requireIdentity(scope.identity), organisationId, scope.scopes, notFound);
}

/**
 * The organisations a scoped caller may see rows of (their subtree today), or null when the
 * caller's role is not limited to a subtree. Lists filter their rows with it.
 */
export async function visibleOrganisationIds(scope: ServiceScope): Promise<ReadonlySet<string> | null> {
  const identity = requireIdentity(scope.identity);
  if (!isOrganisationScoped(identity)) return null;
  if (!identity.scopeId) return new Set();
  return scope.scopes.subtreeOf(identity.scopeId);
}

/**
 * Whether the caller may see rows of this organisation: true for roles not limited to a
 * subtree, and for a scoped caller only inside their subtree today. Nested lists (e.g.
 * Organisation.supervisors) answer an empty list outside it, as the top-level lists do.
 */
export async function organisationRowsVisible(identity: Identity | null, scopes: OrganisationScopes, organisationId: string): Promise<boolean> {
  const caller = requireIdentity(identity);
  if (!isOrganisationScoped(caller)) return true;
  return caller.scopeId !== null && (await scopes.organisationWithin(organisationId, caller.scopeId));
}
