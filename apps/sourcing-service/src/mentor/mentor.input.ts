import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Assign an official member of the candidate’s cell as a mentor.' })
export class AssignMentorInput {
  @Field(() => ID, { description: 'The candidate (in the source pool, training, trained or in admission).' })
  candidateId!: string;

  @Field(() => ID, { description: 'The party member: official, active, in the candidate’s cell, not away or exempt.' })
  memberId!: string;
}

@InputType({ description: 'End a member’s mentoring of a candidate.' })
export class ReleaseMentorInput {
  @Field(() => ID, { description: 'The candidate.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The mentoring member.' })
  memberId!: string;

  @Field(() => String, { description: 'Why the mentoring ends, up to 500 characters.' })
  reason!: string;
}
