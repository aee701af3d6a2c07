import type { Identity, Role } from '@pdv/auth';

/** The kinds of record whose personal data the services hold (the audit trail's subject_type). */
export type PersonalRecordType = 'PartyMember' | 'Candidate';

/** The personal fields of each record type that are masked and whose reads are recorded. */
export const PERSONAL_FIELDS = {
  PartyMember: ['nationalId'],
  Candidate: ['nationalId', 'dateOfBirth', 'phone', 'address'],
} as const satisfies Record<PersonalRecordType, readonly string[]>;

export type PersonalField<T extends PersonalRecordType = PersonalRecordType> = (typeof PERSONAL_FIELDS)[T][number];

/**
 * How a caller may see one personal field of a record:
 * - SHOWN: in full (and the read is recorded);
 * - SHOWN_IN_SCOPE: in full when the record's organisation lies in the caller's scope
 *   (their subtree), otherwise masked;
 * - SHOWN_IF_OWN_COLLECTION: in full when the caller's own organisation collected it
 *   (the referral that created the record is theirs), otherwise hidden;
 * - MASKED: masked (a national ID as *********123) or hidden (null).
 */
export type PersonalFieldAccess = 'SHOWN' | 'SHOWN_IN_SCOPE' | 'SHOWN_IF_OWN_COLLECTION' | 'MASKED';

type FieldRules<T extends PersonalRecordType> = Record<PersonalField<T>, PersonalFieldAccess>;

const ALL_SHOWN_CANDIDATE: FieldRules<'Candidate'> = { nationalId: 'SHOWN', dateOfBirth: 'SHOWN', phone: 'SHOWN', address: 'SHOWN' };
const ALL_MASKED_CANDIDATE: FieldRules<'Candidate'> = { nationalId: 'MASKED', dateOfBirth: 'MASKED', phone: 'MASKED', address: 'MASKED' };

/**
 * The one role → visibility table of the ward. Party members: the standing committee and
 * the party-building board handle dossiers ward-wide; a cell secretary sees the members of
 * their subtree (the cell holds the dossier). Candidates: the roles that handle the person's
 * dossier see everything (a cell secretary only ever reads candidates of their subtree: the
 * candidate row filter already limits them); referring staff see the date of birth their
 * referral had to state, phone and address only when their organisation created the record,
 * and the national ID masked once submitted; oversight roles see the name and birth year only.
 */
export const PERSONAL_DATA_POLICY: { [T in PersonalRecordType]: Record<Role, FieldRules<T>> } = {
  PartyMember: {
    WARD_STANDING_COMMITTEE: { nationalId: 'SHOWN' },
    PARTY_BUILDING_BOARD: { nationalId: 'SHOWN' },
    CELL_SECRETARY: { nationalId: 'SHOWN_IN_SCOPE' },
    COMMITTEE_MEMBER: { nationalId: 'MASKED' },
    AUDITOR: { nationalId: 'MASKED' },
    MASS_ORG_STAFF: { nationalId: 'MASKED' },
    TRAINING_CENTRE: { nationalId: 'MASKED' },
  },
  Candidate: {
    WARD_STANDING_COMMITTEE: ALL_SHOWN_CANDIDATE,
    PARTY_BUILDING_BOARD: ALL_SHOWN_CANDIDATE,
    CELL_SECRETARY: ALL_SHOWN_CANDIDATE,
    MASS_ORG_STAFF: { nationalId: 'MASKED', dateOfBirth: 'SHOWN', phone: 'SHOWN_IF_OWN_COLLECTION', address: 'SHOWN_IF_OWN_COLLECTION' },
    COMMITTEE_MEMBER: ALL_MASKED_CANDIDATE,
    AUDITOR: ALL_MASKED_CANDIDATE,
    TRAINING_CENTRE: ALL_MASKED_CANDIDATE,
  },
};

/**
 * How this caller may see `field` of a record of `type`. Anonymous callers see nothing; a
 * scope rule without a scope to apply it to masks (a token without its scope proves nothing).
 */
export function personalFieldAccess<T extends PersonalRecordType>(type: T, field: PersonalField<T>, identity: Identity | null): PersonalFieldAccess {
  if (!identity) return 'MASKED';
  const rules = PERSONAL_DATA_POLICY[type][identity.role] as FieldRules<T>;
  const access = rules[field];
  if ((access === 'SHOWN_IN_SCOPE' || access === 'SHOWN_IF_OWN_COLLECTION') && !identity.scopeId) return 'MASKED';
  return access;
}

/** Who may read the personal-data audit trail: the board that answers for it, and auditors. */
export const PERSONAL_DATA_AUDIT_READERS: readonly Role[] = ['PARTY_BUILDING_BOARD', 'AUDITOR'];
