import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'A ward committee member’s monthly review of a unit they supervise: what they saw against the targets, problems, what was agreed, by when.' })
export class SupervisionReview {
  @Field(() => ID, { description: 'Id of the review.' })
  id!: string;

  @Field(() => ID, { description: 'The unit reviewed.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The committee member (party member id) who reviewed it.' })
  committeeMemberId!: string;

  @Field(() => String, { description: 'The month reviewed (2026-M07).' })
  month!: string;

  @Field(() => String, { description: 'What they saw of the unit’s member-development work against its targets.' })
  observed!: string;

  @Field(() => String, { nullable: true, description: 'Problems found.' })
  problems!: string | null;

  @Field(() => String, { nullable: true, description: 'What was agreed with the unit.' })
  agreed!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'By when the agreed work is due.' })
  agreedBy!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was (last) recorded.' })
  recordedAt!: Date;
}

@ObjectType({ description: 'A unit whose monthly supervision review is missing: the committee member assigned to it in the month recorded none.' })
export class MissingSupervisionReview {
  @Field(() => ID, { description: 'The unit.' })
  organisationId!: string;

  @Field(() => ID, { description: 'The committee member (party member id) who owes the review.' })
  committeeMemberId!: string;

  @Field(() => String, { description: 'The month (2026-M06).' })
  month!: string;
}
