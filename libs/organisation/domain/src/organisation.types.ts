import type { MEMBER_MOVEMENT_KINDS, ORGANISATION_KINDS, PARTY_MEMBER_STATUSES, SECTORS } from '@pdv/contracts';
import type { LocalDate } from '@pdv/calendar';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type PartyMemberStatus = (typeof PARTY_MEMBER_STATUSES)[number];
export type MemberMovementKind = (typeof MEMBER_MOVEMENT_KINDS)[number];

/** The values of an organisation that can change over time. */
export interface OrganisationAttributes {
  parentId: string | null;
  kind: OrganisationKind;
  sector: Sector;
  code: string;
  name: string;
}

/**
 * One row of an organisation's history: the values in force over [validFrom, validTo).
 * An organisation has at most one open row (validTo = null); it is closed when it has none.
 * A row with validTo = validFrom was superseded on the day it began: kept as history, in
 * force on no day.
 */
export interface OrganisationVersion extends OrganisationAttributes {
  organisationId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** The organisation's open row (identified by organisationId and its validFrom) gets validTo. */
export interface VersionClosure {
  organisationId: string;
  validFrom: LocalDate;
  validTo: LocalDate;
}

/** Where an active member is placed (their cell) on the date of a change. */
export interface MemberPlacement {
  memberId: string;
  organisationId: string;
}

/** A member re-placed by a merge or split; the service records it as an INTERNAL_TRANSFER. */
export interface MemberMove {
  memberId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  effectiveDate: LocalDate;
}

export const CLOSURE_REASONS = ['DISSOLVED', 'MERGED', 'SPLIT'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export interface ClosedOrganisation {
  organisationId: string;
  effectiveDate: LocalDate;
  reason: ClosureReason;
  successorIds: string[];
}

/**
 * What a validated change does: rows to close, rows to open, members to re-place and
 * organisations that stop existing. Apply it in one transaction (see applyPlan).
 */
export interface OrganisationPlan {
  close: VersionClosure[];
  open: OrganisationVersion[];
  memberMoves: MemberMove[];
  closed: ClosedOrganisation[];
}
