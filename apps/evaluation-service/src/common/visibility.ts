import { type Identity, requireIdentity, type Role, type ScopeResolver } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { unitsSupervisedInYear } from '@pdv/evaluation-domain';
import type { EntityManager } from '@pdv/persistence';
import { supervisionAssignmentsOf } from '../supervision-review/supervision-review.queries';

/**
 * A committee member's token names the party member they are (its scope): the organisation
 * service's supervision assignments name committee members by member id, and the id is what
 * ties a caller to the units they supervise. Without it they see no unit's records.
 */
export function committeeMemberIdOf(identity: Identity): string {
  if (identity.role !== 'COMMITTEE_MEMBER' || !identity.scopeId) {
    throw AppError.forbidden('A committee member’s token must name the party member they are (its scope) to act on the units they supervise.');
  }
  return identity.scopeId;
}

// Per request (its EntityManager): an _entities page of many organisations asks once, not once per item.
const supervisedCache = new WeakMap<EntityManager, Map<string, Promise<Set<string>>>>();

/** The units a committee member supervised on any day of `year`, or at any time when `year` is null. */
export function unitsSupervisedBy(em: EntityManager, committeeMemberId: string, year: number | null): Promise<Set<string>> {
  let cache = supervisedCache.get(em);
  if (!cache) supervisedCache.set(em, (cache = new Map()));
  const key = `${committeeMemberId}|${year ?? ''}`;
  let units = cache.get(key);
  if (!units) {
    units = supervisionAssignmentsOf(em, { committeeMemberIds: [committeeMemberId] }).then(
      (assignments) => new Set(year === null ? assignments.map((a) => a.organisationId) : unitsSupervisedInYear(committeeMemberId, assignments, year)),
    );
    cache.set(key, units);
  }
  return units;
}

/** Roles that read every unit's records (ratings, reviews): the board, the standing committee, auditors. */
export const WARD_WIDE_RECORD_READERS: readonly Role[] = ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD', 'AUDITOR'];

/**
 * May the caller read the records of this organisation (its rating, its reviews) for a
 * year? The board, the standing committee and auditors: any; a cell secretary: within their
 * subtree; a committee member: a unit they supervised that year. FORBIDDEN otherwise (the
 * tree is not secret, the records inside other units are).
 */
export async function assertOrganisationRecordsVisible(
  identity: Identity | null,
  organisationId: string,
  year: number | null,
  context: { em: EntityManager; scopes: ScopeResolver },
): Promise<void> {
  const caller = requireIdentity(identity);
  if (WARD_WIDE_RECORD_READERS.includes(caller.role)) return;
  switch (caller.role) {
    case 'CELL_SECRETARY':
      if (caller.scopeId && (await context.scopes.organisationWithin(organisationId, caller.scopeId))) return;
      throw AppError.forbidden('That organisation is outside the part of the ward you are responsible for.');
    case 'COMMITTEE_MEMBER':
      if ((await unitsSupervisedBy(context.em, committeeMemberIdOf(caller), year)).has(organisationId)) return;
      throw AppError.forbidden('You may only read the records of the units you supervise.');
    default:
      throw AppError.forbidden(`Your role (${caller.role}) may not read these records.`);
  }
}
