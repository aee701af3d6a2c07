import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import type { Gender, MemberMovementKind, PartyMemberStatus } from '@pdv/organisation-domain';
import type { RegistrationKind } from './party-member.entity';
import { GenderEnum, MemberMovementKindEnum, PartyMemberStatusEnum, RegistrationKindEnum } from './party-member.type';

@InputType({ description: 'A member who is already a member when entered: existing members of the ward, or arrivals by transfer.' })
export class RegisterMemberInput {
  @Field(() => ID, { description: 'The cell the member belongs to.' })
  organisationId!: string;

  @Field(() => String, { description: 'Full name as on the citizen ID card.' })
  fullName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => GenderEnum, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'The 12-digit national ID number, if known (personal data).' })
  nationalId?: string | null;

  @Field(() => PartyMemberStatusEnum, { description: 'Status today.' })
  status!: PartyMemberStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the admission decision (required for a probationary member).' })
  admissionDecisionDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of the admission ceremony (required for a probationary member).' })
  ceremonyDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Official since (12 months after the ceremony), for an official member whose ceremony date is known.' })
  officialDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the member is entered in the ward’s records (default: today).' })
  registeredOn?: string | null;

  @Field(() => RegistrationKindEnum, { nullable: true, description: 'EXISTING (default) or TRANSFER_IN.' })
  registrationKind?: RegistrationKind | null;
}

@InputType({ description: 'The personal data of a member created from an admission ceremony (it never travels between services).' })
export class CompleteMemberRecordInput {
  @Field(() => ID, { description: 'The member whose record is pending.' })
  memberId!: string;

  @Field(() => String, { description: 'Full name as on the citizen ID card.' })
  fullName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth.' })
  dateOfBirth!: string;

  @Field(() => GenderEnum, { description: 'Gender.' })
  gender!: Gender;

  @Field(() => String, { nullable: true, description: 'The 12-digit national ID number (personal data).' })
  nationalId?: string | null;
}

@InputType({ description: 'Corrected values of a member record; omitted fields stay as they are. The old values are kept in the record’s history.' })
export class CorrectMemberRecordInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => String, { description: 'Why: the document or finding behind the correction. Required.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'Corrected full name.' })
  fullName?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected date of birth.' })
  dateOfBirth?: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Corrected gender.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Corrected national ID number.' })
  nationalId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected admission decision date.' })
  admissionDecisionDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected ceremony date (an official member’s official date must follow: give both).' })
  ceremonyDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Corrected official date.' })
  officialDate?: string | null;
}

@InputType({ description: 'A movement of a member.' })
export class RecordMemberMovementInput {
  @Field(() => ID, { description: 'The member.' })
  memberId!: string;

  @Field(() => MemberMovementKindEnum, { description: 'What happens.' })
  kind!: MemberMovementKind;

  @Field(() => LocalDateScalar, { description: 'The day it takes effect (not after today; not before the member’s last movement).' })
  effectiveDate!: string;

  @Field(() => ID, { nullable: true, description: 'The destination cell: required for TRANSFER_IN and INTERNAL_TRANSFER, not allowed otherwise.' })
  toOrganisationId?: string | null;

  @Field(() => String, { description: 'Why (e.g. the transfer decision). Kept with the movement.' })
  reason!: string;
}

@InputType({ description: 'A manual official recognition, for members whose admission predates the system (the normal path is the admission service).' })
export class RecogniseOfficialMemberInput {
  @Field(() => ID, { description: 'The probationary member.' })
  memberId!: string;

  @Field(() => LocalDateScalar, { description: 'Date of the competent committee’s decision (on or after the end of the 12 months).' })
  decisionDate!: string;
}
