import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Set (or change) a mass organisation’s referral quota for a year.' })
export class SetReferralQuotaInput {
  @Field(() => ID, { description: 'The ward-level mass organisation.' })
  massOrganisationId!: string;

  @Field(() => Int, { description: 'A year of the 2025–2030 plan.' })
  year!: number;

  @Field(() => Int, { description: 'How many people to refer that year (0 or more).' })
  target!: number;
}
