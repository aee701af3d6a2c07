import { Field, ID, InputType, Int } from 'type-graphql';
import type { DeclineReason, EducationLevel, Gender, ReferralStatus, SourceCategory } from '@pdv/sourcing-domain';
import { DateTimeScalar, LocalDateScalar } from '@pdv/graphql';
import { DeclineReasonEnum, EducationLevelEnum, GenderEnum, ReferralStatusEnum, SourceCategoryEnum } from '../common/graphql-enums.type';

@InputType({ description: 'The referred person, as on their citizen ID card.' })
export class ReferredPersonInput {
  @Field(() => String, { description: 'Full name with Vietnamese diacritics, e.g. "Nguyễn Thị Lan"; stored in Unicode NFC.' })
  fullName!: string;

  @Field(() => LocalDateScalar, { description: 'Date of birth; the person must be 18 full years old.' })
  dateOfBirth!: string;

  @Field(() => GenderEnum, { description: 'Gender as on the ID card (the ID number must agree).' })
  gender!: Gender;

  @Field(() => String, {
    description:
      'The 12-digit national ID number (số định danh cá nhân / CCCD). Checked: a real province code, and the 4th–6th digits agree with the date of birth and gender.',
  })
  nationalId!: string;

  @Field(() => String, { nullable: true, description: 'Vietnamese mobile number (0xxxxxxxxx or +84…), optional.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Current address, up to 300 characters, optional.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Occupation or job, up to 200 characters, optional.' })
  occupation?: string | null;

  @Field(() => EducationLevelEnum, { description: 'Highest education completed.' })
  educationLevel!: EducationLevel;
}

@InputType({ description: 'The person’s consent to the processing of their personal data.' })
export class ConsentInput {
  @Field(() => String, { description: 'Version of the published privacy notice the person agreed to.' })
  noticeVersion!: string;

  @Field(() => DateTimeScalar, { description: 'When they agreed (not in the future, not before the notice was published).' })
  consentedAt!: Date;
}

@InputType({ description: 'A referral of one person by a mass organisation.' })
export class SubmitReferralInput {
  @Field(() => ID, { description: 'The referring mass organisation: your own unit or one of its branches.' })
  massOrganisationId!: string;

  @Field(() => ReferredPersonInput, { description: 'The person referred.' })
  person!: ReferredPersonInput;

  @Field(() => SourceCategoryEnum, { description: 'Where the person comes from.' })
  sourceCategory!: SourceCategory;

  @Field(() => ID, { description: 'The party cell asked to nurture the person.' })
  cellId!: string;

  @Field(() => String, { nullable: true, description: 'Who in your organisation proposed the person (e.g. the branch secretary), optional.' })
  referrerName?: string | null;

  @Field(() => String, { nullable: true, description: 'The person’s achievements.' })
  achievements?: string | null;

  @Field(() => String, { nullable: true, description: 'Why your organisation refers the person.' })
  reason?: string | null;

  @Field(() => ConsentInput, { description: 'The person’s consent to the privacy notice.' })
  consent!: ConsentInput;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Set to true when you know the person is over 60 and go ahead anyway: the over-60 warning is then not repeated.',
  })
  acknowledgeOverSixty?: boolean | null;
}

@InputType({ description: 'The cell accepts a referral: the person enters its source pool (or, if already there, the referral is noted).' })
export class AcceptReferralInput {
  @Field(() => ID, { description: 'The referral to accept.' })
  referralId!: string;
}

@InputType({ description: 'Several referrals a cell accepts at once ("accept the selected").' })
export class AcceptReferralsInput {
  @Field(() => [ID], { description: 'The referrals to accept, 1–100, each once; they are accepted in this order, each on its own.' })
  referralIds!: string[];
}

@InputType({ description: 'The cell declines a referral, with a reason.' })
export class DeclineReferralInput {
  @Field(() => ID, { description: 'The referral to decline.' })
  referralId!: string;

  @Field(() => DeclineReasonEnum, { description: 'Why; DUPLICATE declines only this referral, never the person.' })
  reason!: DeclineReason;

  @Field(() => String, { nullable: true, description: 'A short note; required when the reason is OTHER.' })
  note?: string | null;
}

@InputType({ description: 'Which referrals to list.' })
export class ReferralFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only referrals by this mass organisation or its branches.' })
  massOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only referrals to cells of this organisation (and below it).' })
  organisationId?: string | null;

  @Field(() => ReferralStatusEnum, { nullable: true, description: 'Only referrals in this status.' })
  status?: ReferralStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only referrals submitted in this year.' })
  year?: number | null;
}
