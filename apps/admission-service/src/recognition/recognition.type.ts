import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

export type RecognitionOutcome = 'RECOGNISED' | 'NAME_REMOVED';
export const RecognitionOutcomeEnum: Record<RecognitionOutcome, RecognitionOutcome> = { RECOGNISED: 'RECOGNISED', NAME_REMOVED: 'NAME_REMOVED' };
registerEnumType(RecognitionOutcomeEnum, {
  name: 'RecognitionOutcome',
  description: 'The committee’s decision at the end of probation.',
  valuesConfig: {
    RECOGNISED: { description: 'Recognised as an official member from the end of the 12 months (công nhận đảng viên chính thức).' },
    NAME_REMOVED: { description: 'The name is removed from the probationary list (xóa tên trong danh sách đảng viên dự bị).' },
  },
});

@ObjectType({ description: 'The committee’s decision at the end of probation (quyết định công nhận đảng viên chính thức, or xóa tên).' })
export class OfficialRecognition {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => RecognitionOutcomeEnum, { description: 'Recognised, or the name removed.' })
  outcome!: RecognitionOutcome;

  @Field(() => String, { description: 'The decision’s number.' })
  decisionNumber!: string;

  @Field(() => LocalDateScalar, { description: 'The decision’s date.' })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Official from: the end of the 12 months, however late the decision; null when the name was removed.' })
  officialFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the name left the probationary list; null when recognised.' })
  nameRemovedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the name was removed; null when recognised.' })
  reason!: string | null;

  @Field(() => Boolean, { description: 'Made after its 30 working days (plus any extension) from the cell’s recognition resolution (RECOGNITION.DECISION_DEADLINE): an overrun, flagged.' })
  late!: boolean;
}
