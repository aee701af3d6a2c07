import { Field, ID, InputType, Int } from 'type-graphql';
import { ExtendableDeadlineKindEnum, type ExtendableDeadlineKind } from '../deadline/deadline.type';
import { LocalDateScalar } from '@pdv/graphql';

@InputType({ description: 'The competent committee’s admission decision on a dossier.' })
export class RecordAdmissionDecisionInput {
  @Field(() => ID, { description: 'The dossier, after a passed cell resolution.' })
  dossierId!: string;

  @Field(() => String, { description: 'The decision’s number, e.g. 125-QĐ/ĐU (at most 40 characters).' })
  decisionNumber!: string;

  @Field(() => LocalDateScalar, { description: 'The decision’s date: not before the cell’s resolution, not after today; party age counts from it.' })
  decisionDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the cell received it, if not the decision’s date: the ceremony’s 30 working days run from it.' })
  receivedOn?: string | null;
}

@InputType({ description: 'The admission ceremony of a decided dossier.' })
export class RecordAdmissionCeremonyInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the cell received the decision, when the decision’s receivedOn did not record it right: the 30 working days run from it (default: the decision’s receivedOn).',
  })
  decisionReceivedOn?: string | null;

  @Field(() => LocalDateScalar, { description: 'The day of the ceremony: probation starts on it; not after today.' })
  ceremonyDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the superior committee’s consent to a ceremony after the 30 working days, if any.' })
  superiorConsentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The number of that consent (at most 40 characters).' })
  superiorConsentReference?: string | null;

  @Field(() => ID, { description: 'The mentor: an official member of the cell.' })
  mentorMemberId!: string;
}

@InputType({ description: 'The one extension of a committee’s deadline, with its reason.' })
export class ExtendAdmissionDeadlineInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => ExtendableDeadlineKindEnum, { description: 'Which deadline.' })
  kind!: ExtendableDeadlineKind;

  @Field(() => Int, { description: 'Working days added: 1 to 30.' })
  workingDays!: number;

  @Field(() => String, { description: 'Why the committee needs more time (at most 500 characters).' })
  reason!: string;
}

@InputType({ description: 'The new member’s history completed, after the ceremony.' })
export class RecordMemberHistoryCompletedInput {
  @Field(() => ID, { description: 'The dossier, in probation.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The day it was completed: not before the ceremony, not after today.' })
  completedOn!: string;
}
