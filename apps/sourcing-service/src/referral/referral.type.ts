import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { DeclineReason, ReferralStatus, SourceCategory } from '@pdv/sourcing-domain';
import { ConnectionType, DateTimeScalar, LocalDateScalar } from '@pdv/graphql';
import { Candidate } from '../candidate/candidate.type';
import { DeclineReasonEnum, ReferralStatusEnum, SourceCategoryEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'The person’s consent to the processing of their personal data (Decree 13/2023/NĐ-CP).' })
export class ReferralConsent {
  @Field(() => String, { description: 'Version of the published privacy notice the person agreed to.' })
  noticeVersion!: string;

  @Field(() => DateTimeScalar, { description: 'When the person agreed.' })
  consentedAt!: Date;
}

@ObjectType({ description: 'A mass organisation’s referral of a person to a party cell.' })
export class Referral {
  @Field(() => ID, { description: 'Stable id of the referral.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate (person) referred; the same person referred twice has two referrals.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The referring mass organisation (unit or branch).' })
  massOrganisationId!: string;

  @Field(() => ID, { description: 'The party cell the person was referred to.' })
  cellId!: string;

  @Field(() => SourceCategoryEnum, { description: 'Where the person comes from.' })
  sourceCategory!: SourceCategory;

  @Field(() => String, { nullable: true, description: 'Who in the mass organisation proposed the person, as written by the referrer.' })
  referrerName!: string | null;

  @Field(() => String, { nullable: true, description: 'The person’s achievements, as written by the referrer.' })
  achievements!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the organisation refers the person.' })
  reason!: string | null;

  @Field(() => ReferralConsent, { description: 'The person’s recorded consent.' })
  consent!: ReferralConsent;

  @Field(() => ReferralStatusEnum, { description: 'Waiting for the cell, accepted, or declined.' })
  status!: ReferralStatus;

  @Field(() => Boolean, { description: 'true when the person was already a candidate: this referral was attached to that record.' })
  isRepeatReferral!: boolean;

  @Field(() => DeclineReasonEnum, { nullable: true, description: 'Why the cell declined it; null unless DECLINED.' })
  declineReason!: DeclineReason | null;

  @Field(() => String, { nullable: true, description: 'The cell’s note on the decline.' })
  declineNote!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the cell accepted or declined it.' })
  decidedAt!: Date | null;

  @Field(() => LocalDateScalar, { description: 'Day it was submitted (Vietnam calendar): the day that counts for quotas.' })
  submittedOn!: string;

  @Field(() => DateTimeScalar, { description: 'When it was submitted.' })
  submittedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The spreadsheet import that brought it, if any.' })
  importId!: string | null;
}

export const ReferralConnection = ConnectionType(Referral, 'Referral');

@ObjectType({ description: 'Something the referrer should know about a referral that was nevertheless recorded.' })
export class ReferralWarning {
  @Field(() => String, { description: 'The input field concerned, e.g. "input.person.dateOfBirth".' })
  field!: string;

  @Field(() => String, { description: 'What to know or check, in plain words.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The rule behind the warning (stable id), if any.' })
  rule!: string | null;
}

@ObjectType({ description: 'The result of submitting a referral.' })
export class SubmitReferralPayload {
  @Field(() => Referral, { description: 'The referral recorded.' })
  referral!: Referral;

  @Field(() => Candidate, {
    description:
      'The candidate it belongs to: new, or the existing record for the same national ID (only when the name, date of birth and gender agree with it). Phone and address are null for mass-organisation staff when another organisation created the record.',
  })
  candidate!: Candidate;

  @Field(() => Boolean, {
    description: 'true when the person (same national ID number) was already a candidate and this referral was attached to that record.',
  })
  isRepeatReferral!: boolean;

  @Field(() => String, { description: 'What happened, in words to show the referrer.' })
  message!: string;

  @Field(() => [ReferralWarning], { description: 'Points to check (age over 60, education, a name written differently from the record held).' })
  warnings!: ReferralWarning[];

  @Field(() => Int, {
    description: 'How many existing candidates look like the same person (same name and date of birth, different ID number); the cell will check them.',
  })
  possibleDuplicateCount!: number;
}
