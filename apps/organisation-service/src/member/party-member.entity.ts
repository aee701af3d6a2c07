import type { Gender, MembershipEnd, PartyMemberStatus } from '@pdv/organisation-domain';
import { EntitySchema } from '@pdv/persistence';

/** How a member came into the ward's records. */
export const REGISTRATION_KINDS = ['EXISTING', 'TRANSFER_IN', 'ADMITTED'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];

/**
 * A party member's record plus the projection of their movements (current cell and
 * standing), so lists and checks need no replay. Personal data (name, date of birth,
 * gender, national ID) is null while a newly admitted member's record is pending.
 */
export interface PartyMemberRow {
  id: string;
  fullName: string | null;
  /** Vietnamese sort key of the name (given name first); '' while the name is pending. */
  nameSortKey: string;
  /** The name without diacritics, lower case, for search; '' while pending. */
  searchName: string;
  dateOfBirth: string | null;
  gender: Gender | null;
  nationalId: string | null;
  /** The cell the member was registered in (the domain record's organisationId). */
  registeredCellId: string;
  registrationKind: RegistrationKind;
  registeredOn: string;
  status: PartyMemberStatus;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  candidateId: string | null;
  /** The current cell, or the last one once the member has left. */
  cellId: string;
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
  leftBy: MembershipEnd | null;
  /** Date of the last movement applied (at first, the day the membership began). */
  stateAsOf: string;
  createdAt: Date;
  createdBy: string;
  createdByRole: string | null;
  updatedAt: Date;
}

export const PartyMemberEntity = new EntitySchema<PartyMemberRow>({
  name: 'PartyMemberRow',
  tableName: 'party_member',
  properties: {
    id: { type: 'uuid', primary: true },
    fullName: { type: 'string', columnType: 'text', nullable: true },
    nameSortKey: { type: 'string', columnType: 'text' },
    searchName: { type: 'string', columnType: 'text' },
    dateOfBirth: { type: 'string', columnType: 'date', nullable: true },
    gender: { type: 'string', columnType: 'text', nullable: true },
    nationalId: { type: 'string', columnType: 'text', nullable: true, unique: 'party_member_national_id_unique' },
    registeredCellId: { type: 'uuid' },
    registrationKind: { type: 'string', columnType: 'text' },
    registeredOn: { type: 'string', columnType: 'date' },
    status: { type: 'string', columnType: 'text' },
    admissionDecisionDate: { type: 'string', columnType: 'date', nullable: true },
    ceremonyDate: { type: 'string', columnType: 'date', nullable: true },
    officialDate: { type: 'string', columnType: 'date', nullable: true },
    candidateId: { type: 'uuid', nullable: true, unique: 'party_member_candidate_id_unique' },
    cellId: { type: 'uuid', index: 'party_member_cell_idx' },
    active: { type: 'boolean' },
    temporarilyAway: { type: 'boolean' },
    activityExempt: { type: 'boolean' },
    leftBy: { type: 'string', columnType: 'text', nullable: true },
    stateAsOf: { type: 'string', columnType: 'date' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string', columnType: 'text' },
    createdByRole: { type: 'string', columnType: 'text', nullable: true },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
