import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A mass organisation’s referral quota for a year (as the sourcing service publishes it) against the referrals cells accepted into the source pool.' })
export class QuotaTargetAttainment {
  @Field(() => ID, { description: 'The mass organisation.' })
  massOrganisationId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'The quota: people to refer in the year.' })
  required!: number;

  @Field(() => Int, { description: 'Its referrals accepted into a cell’s source pool in the year (from the progress read model).' })
  actual!: number;

  @Field(() => Int, { description: 'How many more are needed; 0 once met.' })
  shortfall!: number;

  @Field(() => Boolean, { description: 'Whether the quota is met.' })
  met!: boolean;

  @Field(() => String, { description: 'The rule id the quota measures (EVALUATION.MASS_ORGANISATION_REFERRALS).' })
  rule!: string;
}
