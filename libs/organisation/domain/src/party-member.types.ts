import type { LocalDate } from '@pdv/calendar';
import type { MemberMovementKind, PartyMemberStatus } from './organisation.types';

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * A party member's record. Personal data may be null while the cell completes the record
 * of a newly admitted member, but is valid whenever it is given. Dates the ward does not
 * know for members who were already members when the system started may be null too.
 */
export interface PartyMemberRecord {
  memberId: string;
  fullName: string | null;
  dateOfBirth: LocalDate | null;
  gender: Gender | null;
  nationalId: string | null;
  /**
   * The cell the member was registered in. Later cells come from movements (see
   * placementPeriods); a projection of the current cell is the service's business.
   */
  organisationId: string;
  status: PartyMemberStatus;
  admissionDecisionDate: LocalDate | null;
  ceremonyDate: LocalDate | null;
  officialDate: LocalDate | null;
  candidateId: string | null;
  /**
   * The day the member joined this ward's party organisation, which their first placement
   * starts from: the ceremony day for a member admitted here, the arrival day for one who
   * came from elsewhere, the ward's formation day for those who were already members.
   */
  registeredOn: LocalDate;
}

/** What status-over-time needs from a record. */
export type MemberStatusFacts = Pick<PartyMemberRecord, 'status' | 'ceremonyDate' | 'officialDate' | 'registeredOn'>;

export interface MemberMovement {
  movementId: string;
  memberId: string;
  kind: MemberMovementKind;
  effectiveDate: LocalDate;
  /** The destination cell for TRANSFER_IN and INTERNAL_TRANSFER; null otherwise. */
  toOrganisationId: string | null;
}

export type MembershipEnd = 'TRANSFER_OUT' | 'NAME_REMOVAL' | 'DEATH';

/** A member's standing, the state the movements act on (cf. the contracts' memberState). */
export interface MemberState {
  /** The current cell; null once the member has left. */
  organisationId: string | null;
  /** false once the member left the ward's party (transfer out, name removal, death). */
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
  status: PartyMemberStatus;
  /** How the membership ended, while inactive. */
  leftBy: MembershipEnd | null;
  /** The date of the last movement applied (at first, the registration date). */
  asOf: LocalDate;
}

/** A stretch of time a member spent in one cell with the same away/exempt standing: [from, to). */
export interface PlacementPeriod {
  organisationId: string;
  from: LocalDate;
  to: LocalDate | null;
  away: boolean;
  exempt: boolean;
}

export interface MemberWithPeriods {
  member: MemberStatusFacts;
  periods: readonly PlacementPeriod[];
}
