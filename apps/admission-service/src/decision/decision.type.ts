import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';

@ObjectType({ description: 'The competent committee’s admission decision (quyết định kết nạp).' })
export class AdmissionDecision {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => String, { description: 'The decision’s number.' })
  decisionNumber!: string;

  @Field(() => LocalDateScalar, { description: 'The decision’s date; party age counts from it.' })
  decisionDate!: string;

  @Field(() => Int, { description: 'Working days after the cell’s resolution.' })
  workingDaysAfterResolution!: number;

  @Field(() => Boolean, { description: 'Made after the 60 working days (ADMISSION.DECISION_DEADLINE): an overrun, flagged.' })
  late!: boolean;
}

@ObjectType({ description: 'The probation (thời kỳ dự bị) the ceremony started: 12 months, with a mentor.' })
export class Probation {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The ceremony, where probation starts.' })
  startsOn!: string;

  @Field(() => LocalDateScalar, { description: 'The end of the 12 months: the member is official from this day if recognised, however late the decision.' })
  endsOn!: string;

  @Field(() => ID, { description: 'The mentor (an official member of the cell).' })
  mentorMemberId!: string;
}
