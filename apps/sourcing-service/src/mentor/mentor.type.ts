import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar, LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'An official party member assigned to mentor (giúp đỡ) a candidate.' })
export class Mentor {
  @Field(() => ID, { description: 'Id of the assignment.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate mentored.' })
  candidateId!: string;

  @Field(() => ID, { description: 'The member mentoring (details from the organisation service through `member`).' })
  memberId!: string;

  @Field(() => ID, { description: 'The cell both belong to at assignment.' })
  cellId!: string;

  @Field(() => LocalDateScalar, { description: 'Day the assignment began.' })
  assignedOn!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  assignedAt!: Date;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day the assignment ended; null while the member mentors the candidate.' })
  releasedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it ended (e.g. "Candidate admitted", "Member transferred out").' })
  releaseReason!: string | null;
}
