import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Confirm that a flagged pair is one person, and say which record to keep.' })
export class LinkPossibleDuplicateInput {
  @Field(() => ID, { description: 'The flagged pair.' })
  possibleDuplicateId!: string;

  @Field(() => ID, {
    description:
      'The record to keep: one of the two. The other must not have been accepted yet; its referrals move to the kept record and it is withdrawn with a note.',
  })
  keepCandidateId!: string;

  @Field(() => String, { description: 'How you established it is the same person (e.g. "ID card checked: typo in the number"), up to 1000 characters.' })
  note!: string;
}

@InputType({ description: 'Confirm that a flagged pair is two different people.' })
export class DismissPossibleDuplicateInput {
  @Field(() => ID, { description: 'The flagged pair.' })
  possibleDuplicateId!: string;

  @Field(() => String, { nullable: true, description: 'Optional note, up to 1000 characters.' })
  note?: string | null;
}
