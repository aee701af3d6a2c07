import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EducationLevel } from '@pdv/sourcing-domain';
import { DateTimeScalar } from '@pdv/graphql';
import { EducationLevelEnum } from '../common/graphql-enums.type';

export const QuotaCountsEnum = { ACCEPTED: 'ACCEPTED', REFERRED: 'REFERRED' } as const;
registerEnumType(QuotaCountsEnum, {
  name: 'QuotaCounts',
  description: 'Which referrals count towards a mass organisation’s quota.',
  valuesConfig: {
    ACCEPTED: { description: 'People a cell accepted into its source pool.' },
    REFERRED: { description: 'People referred, whatever the cell decided.' },
  },
});

@ObjectType({ description: 'The ward’s sourcing policy: values the ward may change (the plan’s configurable values).' })
export class SourcingPolicy {
  @Field(() => Int, { description: 'How many candidates one member may mentor at the same time.' })
  maxCandidatesPerMentor!: number;

  @Field(() => Int, { description: 'Months between reviews of a nurtured candidate (1 = monthly).' })
  reviewIntervalMonths!: number;

  @Field(() => QuotaCountsEnum, { description: 'What counts towards a referral quota.' })
  quotaCounts!: 'ACCEPTED' | 'REFERRED';

  @Field(() => EducationLevelEnum, { description: 'Below this level a referral carries a warning.' })
  minimumEducationLevel!: EducationLevel;

  @Field(() => Int, { description: 'Longest full name accepted.' })
  maxNameLength!: number;

  @Field(() => Int, { description: 'Longest achievements text accepted.' })
  maxAchievementsLength!: number;

  @Field(() => Int, { description: 'Longest reason or note accepted.' })
  maxReasonLength!: number;

  @Field(() => Int, { description: 'Longest privacy-notice version accepted.' })
  maxNoticeVersionLength!: number;

  @Field(() => Int, { description: 'Seconds a consent time may be ahead of the server clock.' })
  consentClockSkewSeconds!: number;

  @Field(() => Int, { description: 'First year of the plan (quota years start here), as the organisation service announced it.' })
  planFirstYear!: number;

  @Field(() => Int, { description: 'Last year of the plan, as the organisation service announced it.' })
  planLastYear!: number;
}

@InputType({ description: 'Changes to the sourcing policy; omitted values stay as they are. The plan term is the organisation service’s (updateOrganisationPolicy).' })
export class UpdateSourcingPolicyInput {
  @Field(() => Int, { nullable: true, description: 'How many candidates one member may mentor at once (1–20).' })
  maxCandidatesPerMentor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Months between reviews (1–12).' })
  reviewIntervalMonths?: number | null;

  @Field(() => QuotaCountsEnum, { nullable: true, description: 'What counts towards a quota.' })
  quotaCounts?: 'ACCEPTED' | 'REFERRED' | null;

  @Field(() => EducationLevelEnum, { nullable: true, description: 'The education level below which a referral carries a warning.' })
  minimumEducationLevel?: EducationLevel | null;
}

@ObjectType({ description: 'A published privacy notice that referred people consent to (Decree 13/2023/NĐ-CP).' })
export class PrivacyNotice {
  @Field(() => String, { description: 'Its version, as referrals name it.' })
  version!: string;

  @Field(() => DateTimeScalar, { description: 'When it was published; consents cannot predate it.' })
  publishedAt!: Date;

  @Field(() => String, { description: 'What it covers, in a sentence.' })
  summary!: string;
}

@InputType({ description: 'Record a newly published privacy notice.' })
export class PublishPrivacyNoticeInput {
  @Field(() => String, { description: 'Its version (unique; a changed notice gets a new version).' })
  version!: string;

  @Field(() => DateTimeScalar, { description: 'When it was published.' })
  publishedAt!: Date;

  @Field(() => String, { description: 'What it covers, in a sentence (up to 2000 characters).' })
  summary!: string;
}
