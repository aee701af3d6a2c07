import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Referral figures for an organisation and the cells under it, for one year.' })
export class ReferralStats {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'Referrals submitted in the year to these cells.' })
  referrals!: number;

  @Field(() => Int, { description: 'Different people those referrals name.' })
  people!: number;

  @Field(() => Int, { description: 'Referrals still waiting for the cell.' })
  submitted!: number;

  @Field(() => Int, { description: 'Referrals accepted.' })
  accepted!: number;

  @Field(() => Int, { description: 'Referrals declined.' })
  declined!: number;

  @Field(() => Int, { description: 'Candidates the cells are nurturing now (source pool, training, trained, admission), whatever the year.' })
  nurturedNow!: number;

  @Field(() => Int, { description: 'Candidates first referred in the year who have since been admitted.' })
  admitted!: number;
}
