import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { QuotaStatus } from '@pdv/sourcing-domain';
import { DateTimeScalar } from '@pdv/graphql';

export const QuotaStatusEnum = { BEHIND: 'BEHIND', ON_TRACK: 'ON_TRACK', MET: 'MET' } as const;
registerEnumType(QuotaStatusEnum, {
  name: 'QuotaStatus',
  description: 'How a mass organisation stands against its referral quota on a day.',
  valuesConfig: {
    BEHIND: { description: 'Below the share of the target expected by this day of the year.' },
    ON_TRACK: { description: 'At or above the share expected by this day, not yet at the target.' },
    MET: { description: 'The target is reached (a target of 0 is always met).' },
  },
});

@ObjectType({ description: 'How far a mass organisation is towards its yearly referral quota.' })
export class QuotaAttainment {
  @Field(() => Int, { description: 'People counted towards the quota (the policy decides: accepted by a cell, by default).' })
  counted!: number;

  @Field(() => Int, { description: 'Different people referred in the year by the organisation and its branches.' })
  referred!: number;

  @Field(() => Int, { description: 'Of those, people a cell accepted.' })
  accepted!: number;

  @Field(() => Float, { nullable: true, description: 'counted ÷ target; null when the target is 0.' })
  ratio!: number | null;

  @Field(() => Float, { nullable: true, description: 'The ratio as a percentage with one decimal; null when the target is 0.' })
  percent!: number | null;

  @Field(() => Int, { description: 'The share of the target expected by `asOf` (pro rata over the year, rounded down).' })
  expectedByToday!: number;

  @Field(() => QuotaStatusEnum, { description: 'Behind, on track, or met.' })
  status!: QuotaStatus;

  @Field(() => String, { description: 'The day the attainment was computed for (YYYY-MM-DD, Vietnam calendar).' })
  asOf!: string;
}

@ObjectType({ description: 'A mass organisation’s referral quota for one year, set by the Fatherland Front committee.' })
export class ReferralQuota {
  @Field(() => ID, { description: 'Id of the quota.' })
  id!: string;

  @Field(() => ID, { description: 'The ward-level mass organisation (its branches’ referrals count too).' })
  massOrganisationId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'How many people the organisation should refer that year.' })
  target!: number;

  @Field(() => DateTimeScalar, { description: 'When the quota was last set.' })
  setAt!: Date;

  @Field(() => String, { description: 'Opaque id of the user who last set it.' })
  setBy!: string;

  @Field(() => QuotaAttainment, { description: 'Attainment today (Vietnam calendar).' })
  attainment!: QuotaAttainment;
}
