import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import { RecognitionOutcomeEnum, type RecognitionOutcome } from './recognition.type';

@InputType({ description: 'The competent committee’s decision at the end of a member’s probation.' })
export class RecordRecognitionDecisionInput {
  @Field(() => ID, { description: 'The dossier, in probation.' })
  dossierId!: string;

  @Field(() => RecognitionOutcomeEnum, { description: 'Recognise (after the cell’s passed recognition resolution), or remove the name.' })
  outcome!: RecognitionOutcome;

  @Field(() => String, { description: 'The decision’s number (at most 40 characters).' })
  decisionNumber!: string;

  @Field(() => LocalDateScalar, { description: 'The decision’s date: not before the cell’s recognition resolution, not after today.' })
  decisionDate!: string;

  @Field(() => String, { nullable: true, description: 'Why the name is removed (required then; at most 500 characters); leave it out for a recognition.' })
  reason?: string | null;
}
