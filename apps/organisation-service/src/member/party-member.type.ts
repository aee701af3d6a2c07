import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MEMBER_MOVEMENT_KINDS, PARTY_MEMBER_STATUSES } from '@pdv/contracts';
import { LocalDateScalar, ConnectionType } from '@pdv/graphql';
import { type Gender, GENDERS, type MemberMovementKind, type MembershipEnd, type PartyMemberStatus } from '@pdv/organisation-domain';
import { enumOf } from '../common/enum.util';
import { CORRECTION_KINDS, type CorrectionKind, MEMBER_RECORD_FIELDS, type MemberRecordField } from './member-correction.entity';
import { MOVEMENT_ORIGINS, type MovementOrigin } from './member-movement.entity';
import { REGISTRATION_KINDS, type RegistrationKind } from './party-member.entity';

export const PartyMemberStatusEnum = enumOf(PARTY_MEMBER_STATUSES);
registerEnumType(PartyMemberStatusEnum, {
  name: 'PartyMemberStatus',
  description: 'A member’s party status.',
  valuesConfig: {
    PROBATIONARY: { description: 'Probationary member (đảng viên dự bị): the 12 months after the admission ceremony.' },
    OFFICIAL: { description: 'Official member (đảng viên chính thức).' },
  },
});

export const GenderEnum = enumOf(GENDERS);
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Gender as recorded on the citizen ID card.',
  valuesConfig: { MALE: { description: 'Male.' }, FEMALE: { description: 'Female.' } },
});

export const MemberMovementKindEnum = enumOf(MEMBER_MOVEMENT_KINDS);
registerEnumType(MemberMovementKindEnum, {
  name: 'MemberMovementKind',
  description: 'A change in where a member belongs or whether they count.',
  valuesConfig: {
    TRANSFER_IN: { description: 'Return of a member who earlier transferred out (a first arrival is registered instead).' },
    TRANSFER_OUT: { description: 'Official transfer out of the ward’s party organisation (chuyển sinh hoạt đảng chính thức đi).' },
    INTERNAL_TRANSFER: { description: 'Move to another cell of the ward (also recorded for members re-placed by a merge or split).' },
    TEMPORARY_TRANSFER_OUT: { description: 'Start of a temporary transfer elsewhere (sinh hoạt tạm thời): not in the vote base while away.' },
    TEMPORARY_TRANSFER_RETURN: { description: 'End of a temporary transfer.' },
    ACTIVITY_EXEMPTION_START: { description: 'Start of an exemption from party activities (miễn sinh hoạt).' },
    ACTIVITY_EXEMPTION_END: { description: 'End of an exemption from party activities.' },
    NAME_REMOVAL: { description: 'Name removed (xóa tên), e.g. a probationer not recognised.' },
    DEATH: { description: 'The member died.' },
  },
});

export const MembershipEndEnum = enumOf<MembershipEnd>(['TRANSFER_OUT', 'NAME_REMOVAL', 'DEATH']);
registerEnumType(MembershipEndEnum, {
  name: 'MembershipEnd',
  description: 'How a membership in the ward ended.',
  valuesConfig: {
    TRANSFER_OUT: { description: 'Transferred out.' },
    NAME_REMOVAL: { description: 'Name removed.' },
    DEATH: { description: 'Died.' },
  },
});

export const RegistrationKindEnum = enumOf(REGISTRATION_KINDS);
registerEnumType(RegistrationKindEnum, {
  name: 'RegistrationKind',
  description: 'How a member came into the ward’s records.',
  valuesConfig: {
    EXISTING: { description: 'Already a member of the ward when the records were entered.' },
    TRANSFER_IN: { description: 'Arrived by transfer from another party organisation.' },
    ADMITTED: { description: 'Admitted by the ward (created from the admission ceremony).' },
  },
});

export const MovementOriginEnum = enumOf(MOVEMENT_ORIGINS);
registerEnumType(MovementOriginEnum, {
  name: 'MovementOrigin',
  description: 'What caused a movement to be recorded.',
  valuesConfig: {
    REQUEST: { description: 'Recorded by a user.' },
    MERGE: { description: 'Re-placement by a merge of organisations.' },
    SPLIT: { description: 'Re-placement by a split of an organisation.' },
    ADMISSION: { description: 'An outcome of the admission process (e.g. a name removed after probation).' },
  },
});

export const MemberRecordFieldEnum = enumOf(MEMBER_RECORD_FIELDS);
registerEnumType(MemberRecordFieldEnum, {
  name: 'MemberRecordField',
  description: 'A field of a member record that can be completed or corrected.',
  valuesConfig: {
    FULL_NAME: { description: 'Full name.' },
    DATE_OF_BIRTH: { description: 'Date of birth.' },
    GENDER: { description: 'Gender.' },
    NATIONAL_ID: { description: 'National ID number (personal data).' },
    ADMISSION_DECISION_DATE: { description: 'Date of the admission decision (party age counts from it).' },
    CEREMONY_DATE: { description: 'Date of the admission ceremony (probation starts on it).' },
    OFFICIAL_DATE: { description: 'Date the member became official.' },
  },
});

export const CorrectionKindEnum = enumOf(CORRECTION_KINDS);
registerEnumType(CorrectionKindEnum, {
  name: 'MemberRecordChangeKind',
  description: 'Whether a change filled a pending value or replaced a recorded one.',
  valuesConfig: {
    COMPLETION: { description: 'A pending value was filled in (record completed after admission).' },
    CORRECTION: { description: 'A recorded value was corrected; the old value is kept.' },
  },
});

@ObjectType({ description: 'A party member. Personal data is shown only to roles that handle the dossier; see nationalId.' })
@Directive('@key(fields: "id")')
export class PartyMember {
  @Field(() => ID, { description: 'Stable member id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name; null while the record of a newly admitted member is pending.' })
  fullName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth; null while pending.' })
  dateOfBirth!: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Gender; null while pending.' })
  gender!: Gender | null;

  @Field(() => Boolean, { description: 'true once name, date of birth and gender are recorded.' })
  recordComplete!: boolean;

  @Field(() => PartyMemberStatusEnum, { description: 'Party status on the date this view describes (asOf).' })
  status!: PartyMemberStatus;

  @Field(() => ID, { description: 'The cell: where the member was placed on asOf in lists, otherwise the current cell (the last one if they left).' })
  organisationId!: string;

  @Field(() => Boolean, { description: 'false once the member left the ward’s party organisation (today).' })
  active!: boolean;

  @Field(() => Boolean, { description: 'On temporary transfer elsewhere today.' })
  temporarilyAway!: boolean;

  @Field(() => Boolean, { description: 'Exempt from party activities today.' })
  activityExempt!: boolean;

  @Field(() => MembershipEndEnum, { nullable: true, description: 'How the membership ended, once it has.' })
  leftBy!: MembershipEnd | null;

  @Field(() => RegistrationKindEnum, { description: 'How the member came into the ward’s records.' })
  registrationKind!: RegistrationKind;

  @Field(() => LocalDateScalar, { description: 'The day the member was entered in the ward’s records.' })
  registeredOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the admission decision; party age counts from it. May be unknown for long-standing members.' })
  admissionDecisionDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the admission ceremony; probation starts on it.' })
  ceremonyDate!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Official from this date (the end of the 12 months of probation).' })
  officialDate!: string | null;

  @Field(() => ID, { nullable: true, description: 'The candidate (sourcing service) this member was admitted as.' })
  candidateId!: string | null;

  @Field(() => LocalDateScalar, { description: 'The date this view describes (today unless a list asked for another).' })
  asOf!: string;

  /** The stored national ID; shown through PartyMember.nationalId only (masked or audited). */
  storedNationalId!: string | null;

  /** The member's current (or last) cell: what a scoped caller's access is decided on. */
  homeCellId!: string;

  nameSortKey!: string;
}

export const PartyMemberConnection = ConnectionType(PartyMember, 'PartyMember');

@ObjectType({ description: 'A movement of a member, effective on a date. Movements are never edited.' })
export class MemberMovement {
  @Field(() => ID, { description: 'Movement id.' })
  id!: string;

  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => MemberMovementKindEnum, { description: 'What happened.' })
  kind!: MemberMovementKind;

  @Field(() => LocalDateScalar, { description: 'The day it took effect.' })
  effectiveDate!: string;

  @Field(() => ID, { nullable: true, description: 'The cell the member was in before; null when they were not active here.' })
  fromOrganisationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The destination cell of a transfer in or an internal transfer.' })
  toOrganisationId!: string | null;

  @Field(() => MovementOriginEnum, { description: 'What caused it to be recorded.' })
  origin!: MovementOrigin;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  note!: string | null;

  @Field(() => Int, { description: 'Order among the member’s movements (breaks ties between movements of one day).' })
  position!: number;

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who recorded it (a user or the system).' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  recordedByRole!: string | null;
}

@ObjectType({ description: 'A completion or correction of one field of a member record, with the value it replaced.' })
export class MemberCorrection {
  @Field(() => ID, { description: 'Correction id.' })
  id!: string;

  @Field(() => CorrectionKindEnum, { description: 'Completion of a pending value, or correction of a recorded one.' })
  kind!: CorrectionKind;

  @Field(() => MemberRecordFieldEnum, { description: 'The field changed.' })
  field!: MemberRecordField;

  @Field(() => Date, { description: 'When.' })
  correctedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who changed it.' })
  correctedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  correctedByRole!: string | null;

  @Field(() => String, { description: 'Why (the document or finding behind the correction).' })
  reason!: string;

  memberId!: string;
  homeCellId!: string;
  storedOldValue!: string | null;
  storedNewValue!: string | null;
}

@ObjectType({ description: 'How many members an organisation (or its subtree) had on a date.' })
export class MemberCounts {
  @Field(() => ID, { description: 'The organisation counted.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'The date counted.' })
  asOf!: string;

  @Field(() => Boolean, { description: 'Whether the organisations under it were counted too.' })
  includeSubtree!: boolean;

  @Field(() => Int, { description: 'Official members.' })
  official!: number;

  @Field(() => Int, { description: 'Probationary members.' })
  probationary!: number;

  @Field(() => Int, { description: 'All members (official + probationary).' })
  total!: number;

  @Field(() => Int, { description: 'Official members not on temporary transfer: the base of the 2/3 vote rule.' })
  officialVoteBase!: number;
}

@ObjectType({ description: 'The outcome of recording a movement.' })
export class RecordMemberMovementResult {
  @Field(() => PartyMember, { description: 'The member after the movement.' })
  member!: PartyMember;

  @Field(() => MemberMovement, { description: 'The movement recorded.' })
  movement!: MemberMovement;
}
