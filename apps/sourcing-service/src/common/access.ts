import type { Identity, Role } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { NURTURED_STATUSES } from '@pdv/sourcing-domain';
import { pgArray } from '@pdv/persistence';

/**
 * Who may do what in the sourcing service, in one place. The role checks on operations use
 * these lists (@Allow); the row filters below decide which candidates and referrals a
 * caller sees in lists, references and nested fields.
 */

/** Read the whole ward, change nothing. */
export const WARD_READERS: Role[] = ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD', 'COMMITTEE_MEMBER', 'AUDITOR'];
/** May look at candidates at all (each sees their own rows; see candidateVisibility). */
export const CANDIDATE_READERS: Role[] = [...WARD_READERS, 'CELL_SECRETARY', 'MASS_ORG_STAFF', 'TRAINING_CENTRE'];
/** May look at referrals (the training centre has no business with them). */
export const REFERRAL_READERS: Role[] = [...WARD_READERS, 'CELL_SECRETARY', 'MASS_ORG_STAFF'];
/** Refer people: staff of a mass organisation, for their own organisation only. */
export const REFERRERS: Role[] = ['MASS_ORG_STAFF'];
/** Act on candidates of a cell: accept, decline, mentors, reviews, withdrawal. */
export const CELL_ACTORS: Role[] = ['CELL_SECRETARY'];
/** Move a candidate to another cell: the ward's leadership, or a secretary within their part of the ward. */
export const CELL_REASSIGNERS: Role[] = ['PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'CELL_SECRETARY'];
/** Decide whether two records are one person: the cell, or the board that keeps the data clean. */
export const DUPLICATE_RESOLVERS: Role[] = ['CELL_SECRETARY', 'PARTY_BUILDING_BOARD'];
/** Set up mass organisations, privacy notices and policy. */
export const SOURCING_ADMINS: Role[] = ['PARTY_BUILDING_BOARD'];
/** Set referral quotas: the board, and Fatherland Front staff (checked against their unit's kind). */
export const QUOTA_SETTERS: Role[] = ['PARTY_BUILDING_BOARD', 'MASS_ORG_STAFF'];
/** Everyone who may see mass organisations and quotas (they are not personal data). */
export const MASS_ORGANISATION_READERS: Role[] = [...WARD_READERS, 'CELL_SECRETARY', 'MASS_ORG_STAFF', 'TRAINING_CENTRE'];
/** A SQL condition with its `?` parameters, to AND into a query. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

function scopeOf(identity: Identity): string {
  if (!identity.scopeId) throw AppError.forbidden(`A ${identity.role} token must carry the scope it acts in.`);
  return identity.scopeId;
}

const NURTURED_OR_ADMITTED = [...NURTURED_STATUSES, 'ADMITTED'];

/**
 * Which candidates (alias `c`) the caller may see: the whole ward for ward roles, the
 * subtree for a cell secretary, the people their own organisation referred for
 * mass-organisation staff, and accepted candidates for the training centre.
 */
export function candidateVisibility(identity: Identity, alias = 'c'): SqlCondition {
  switch (identity.role) {
    case 'WARD_STANDING_COMMITTEE':
    case 'PARTY_BUILDING_BOARD':
    case 'COMMITTEE_MEMBER':
    case 'AUDITOR':
      return { sql: 'true', params: [] };
    case 'CELL_SECRETARY':
      return { sql: `${alias}.cell_id in (select id from org_subtree(?::uuid))`, params: [scopeOf(identity)] };
    case 'MASS_ORG_STAFF':
      return {
        sql: `exists (select 1 from referral vr where vr.candidate_id = ${alias}.id
                and vr.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid)))`,
        params: [scopeOf(identity)],
      };
    case 'TRAINING_CENTRE':
      return { sql: `${alias}.status = any(?::text[])`, params: [pgArray(NURTURED_OR_ADMITTED)] };
  }
}

/**
 * For mass-organisation staff: the candidate (alias `c`) was created by their own
 * organisation (the unit or branch in their scope, or a branch under it), i.e. the referral
 * that created the record, not a later repeat and not one moved from a linked duplicate, is
 * theirs. Phone and address come from that referral alone (a repeat referral never changes
 * the record), so only that organisation sees them. Every other role: false (they do not
 * need it; their access is decided by the personal-data policy, @pdv/personal-data).
 */
export function candidateCreatedByOwnOrganisation(identity: Identity, alias = 'c'): SqlCondition {
  if (identity.role !== 'MASS_ORG_STAFF') return { sql: 'false', params: [] };
  return {
    sql: `exists (select 1 from (select cr.mass_organisation_id from referral cr
                   where cr.candidate_id = ${alias}.id and not cr.is_repeat and cr.moved_from_candidate_id is null
                   order by cr.submitted_at, cr.id limit 1) created
                 where created.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid)))`,
    params: [scopeOf(identity)],
  };
}

/** Which referrals (alias `r`) the caller may see. */
export function referralVisibility(identity: Identity, alias = 'r'): SqlCondition {
  switch (identity.role) {
    case 'WARD_STANDING_COMMITTEE':
    case 'PARTY_BUILDING_BOARD':
    case 'COMMITTEE_MEMBER':
    case 'AUDITOR':
      return { sql: 'true', params: [] };
    case 'CELL_SECRETARY':
      return { sql: `${alias}.cell_id in (select id from org_subtree(?::uuid))`, params: [scopeOf(identity)] };
    case 'MASS_ORG_STAFF':
      return {
        sql: `${alias}.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))`,
        params: [scopeOf(identity)],
      };
    case 'TRAINING_CENTRE':
      return { sql: 'false', params: [] };
  }
}
