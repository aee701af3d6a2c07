import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DEADLINE_KINDS, DEADLINE_STATES, type AdmissionRuleId, type DeadlineKind, type DeadlineState } from '@pdv/admission-domain';
import { ConnectionType, LocalDateScalar } from '@pdv/graphql';

export const DeadlineKindEnum = Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, kind])) as Record<DeadlineKind, DeadlineKind>;
registerEnumType(DeadlineKindEnum, {
  name: 'AdmissionDeadlineKind',
  description: 'A deadline of the procedure, counted in working days from the step it follows.',
  valuesConfig: {
    DECISION: { description: 'The competent committee’s decision: 60 working days after the cell’s resolution, extendable once by at most 30 (thời hạn ra quyết định kết nạp).' },
    CEREMONY: { description: 'The ceremony: 30 working days after the cell received the decision (thời hạn tổ chức lễ kết nạp).' },
    MEMBER_HISTORY: { description: 'The member history: completed 30 working days after the ceremony (thời hạn hoàn thiện lý lịch đảng viên).' },
    RECOGNITION_MEETING: { description: 'The cell’s recognition meeting: 30 working days after probation ends (thời hạn họp xét công nhận chính thức).' },
    RECOGNITION_DECISION: {
      description: 'The committee’s recognition decision: 30 working days after the cell’s recognition resolution, extendable once by at most 30 (thời hạn ra quyết định công nhận chính thức).',
    },
  },
});

/** The two deadlines a committee may extend (ADMISSION.DEADLINE_EXTENSION). */
export type ExtendableDeadlineKind = 'DECISION' | 'RECOGNITION_DECISION';
export const ExtendableDeadlineKindEnum: Record<ExtendableDeadlineKind, ExtendableDeadlineKind> = { DECISION: 'DECISION', RECOGNITION_DECISION: 'RECOGNITION_DECISION' };
registerEnumType(ExtendableDeadlineKindEnum, {
  name: 'ExtendableDeadlineKind',
  description: 'A committee’s deadline, which it may extend once.',
  valuesConfig: {
    DECISION: { description: 'The admission decision’s 60 working days.' },
    RECOGNITION_DECISION: { description: 'The recognition decision’s 30 working days.' },
  },
});

export const DeadlineStateEnum = Object.fromEntries(DEADLINE_STATES.map((state) => [state, state])) as Record<DeadlineState, DeadlineState>;
registerEnumType(DeadlineStateEnum, {
  name: 'AdmissionDeadlineState',
  description: 'Where a deadline stands today.',
  valuesConfig: {
    OPEN: { description: 'Open, more working days left than the due-soon window.' },
    DUE_SOON: { description: 'Open, within the due-soon window (sắp đến hạn).' },
    OVERDUE: { description: 'Open and past its due date (quá hạn).' },
    MET: { description: 'Done in time.' },
    MET_LATE: { description: 'Done after its due date: an overrun, flagged.' },
  },
});

@ObjectType({ description: 'A deadline of one dossier as it stands today, on the working-day calendar.' })
export class AdmissionDeadline {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => ID, { nullable: true, description: 'The candidate (shown by the sourcing service); null when not asked for.' })
  candidateId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The dossier’s cell; null when not asked for.' })
  cellId!: string | null;

  @Field(() => DeadlineKindEnum, { description: 'Which deadline.' })
  kind!: DeadlineKind;

  @Field(() => String, { description: 'The rule that sets it, e.g. ADMISSION.DECISION_DEADLINE.' })
  rule!: AdmissionRuleId;

  @Field(() => LocalDateScalar, { description: 'The last day allowed.' })
  dueOn!: string;

  @Field(() => DeadlineStateEnum, { description: 'Where it stands today.' })
  state!: DeadlineState;

  @Field(() => Int, { nullable: true, description: 'Working days left to the due date while open (0 on the day itself); null once done or late.' })
  workingDaysLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days past the due date; null while in time.' })
  workingDaysLate!: number | null;

  @Field(() => Int, { description: 'Working days the one extension added; 0 when none.' })
  extensionWorkingDays!: number;
}

export const AdmissionDeadlineConnection = ConnectionType(AdmissionDeadline, 'AdmissionDeadline');

/** The queues a secretary or the committee works from. */
export type DeadlineQueueState = 'OVERDUE' | 'DUE_SOON';
export const DeadlineQueueStateEnum: Record<DeadlineQueueState, DeadlineQueueState> = { OVERDUE: 'OVERDUE', DUE_SOON: 'DUE_SOON' };
registerEnumType(DeadlineQueueStateEnum, {
  name: 'AdmissionDeadlineQueue',
  description: 'Which queue of open deadlines.',
  valuesConfig: {
    OVERDUE: { description: 'Past their due date (quá hạn), the latest first by due date.' },
    DUE_SOON: { description: 'Due within the policy’s window of working days (sắp đến hạn).' },
  },
});
