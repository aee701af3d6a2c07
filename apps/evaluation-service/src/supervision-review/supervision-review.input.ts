import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@InputType({ description: 'A monthly supervision review, recorded by the committee member assigned to the unit; recording the same unit and month again replaces it.' })
export class RecordSupervisionReviewInput {
  @Field(() => ID, { description: 'The unit reviewed (one assigned to you in that month).' })
  organisationId!: string;

  @Field(() => String, { description: 'The month reviewed (2026-M07): the current month or an earlier one.' })
  month!: string;

  @Field(() => String, { description: 'What you saw of the unit’s member-development work against its targets, at most 500 characters.' })
  observed!: string;

  @Field(() => String, { nullable: true, description: 'Problems found, at most 500 characters.' })
  problems?: string | null;

  @Field(() => String, { nullable: true, description: 'What was agreed with the unit, at most 500 characters.' })
  agreed?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'By when the agreed work is due (not before the month).' })
  agreedBy?: string | null;
}
