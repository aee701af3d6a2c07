import type { LocalDate, WorkingDayCalendar } from '@pdv/calendar';
import { Problems } from '@pdv/errors';
import type { DeadlinePolicy } from './admission.policy';
import type { AdmissionRuleId } from './admission.rules';
import type { DossierStatus } from './dossier-status.rules';
import { violation } from './rule-outcome';

/** The deadlines of the procedure, each counted in working days from the step it follows. */
export const DEADLINE_KINDS = ['DECISION', 'CEREMONY', 'MEMBER_HISTORY', 'RECOGNITION_MEETING', 'RECOGNITION_DECISION'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

interface DeadlineDefinition {
  rule: AdmissionRuleId;
  /** What the count starts from (the day itself is day 0). */
  startsFrom: string;
  /** The policy value that sets its length in working days. */
  workingDays: keyof DeadlinePolicy;
  /** The policy value that sets its longest single extension; null when it cannot be extended. */
  maxExtension: keyof DeadlinePolicy | null;
}

/** DOMAIN.md steps 8, 9 and 11; their lengths are the board's policy (defaults as DOMAIN.md gives them). */
export const DEADLINES: Readonly<Record<DeadlineKind, DeadlineDefinition>> = Object.freeze({
  DECISION: { rule: 'ADMISSION.DECISION_DEADLINE', startsFrom: 'the cell’s resolution', workingDays: 'decisionWorkingDays', maxExtension: 'decisionExtensionMaxWorkingDays' },
  CEREMONY: { rule: 'ADMISSION.CEREMONY_DEADLINE', startsFrom: 'the receipt of the decision', workingDays: 'ceremonyWorkingDays', maxExtension: null },
  MEMBER_HISTORY: { rule: 'ADMISSION.MEMBER_HISTORY_DEADLINE', startsFrom: 'the ceremony', workingDays: 'memberHistoryWorkingDays', maxExtension: null },
  RECOGNITION_MEETING: { rule: 'RECOGNITION.MEETING_DEADLINE', startsFrom: 'the end of the 12 months of probation', workingDays: 'recognitionMeetingWorkingDays', maxExtension: null },
  RECOGNITION_DECISION: {
    rule: 'RECOGNITION.DECISION_DEADLINE',
    startsFrom: 'the cell’s recognition resolution',
    workingDays: 'recognitionDecisionWorkingDays',
    maxExtension: 'recognitionDecisionExtensionMaxWorkingDays',
  },
});

/** A deadline's length and longest extension (0: none) under the policy in force. */
export function deadlineLength(kind: DeadlineKind, policy: DeadlinePolicy): { workingDays: number; maxExtension: number } {
  const definition = DEADLINES[kind];
  return { workingDays: policy[definition.workingDays], maxExtension: definition.maxExtension ? policy[definition.maxExtension] : 0 };
}

/** A deadline of one dossier: from which day it runs, any extension, and when it was met. */
export interface DeadlineFacts {
  kind: DeadlineKind;
  startsOn: LocalDate;
  /** Working days added by the one extension; 0 when none. */
  extensionWorkingDays: number;
  /** The day the step was done; null while it is open. */
  doneOn: LocalDate | null;
}

export const DEADLINE_STATES = ['OPEN', 'DUE_SOON', 'OVERDUE', 'MET', 'MET_LATE'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineStatus {
  kind: DeadlineKind;
  rule: AdmissionRuleId;
  /** The last day allowed. */
  dueOn: LocalDate;
  state: DeadlineState;
  /** Working days from today to the due date while open (0 on the due date itself); null once done or late. */
  workingDaysLeft: number | null;
  /** Working days past the due date, open or done; null while in time. */
  workingDaysLate: number | null;
}

/**
 * The last day allowed: `addWorkingDays(startsOn, n + extension)`, so day 1 is the first
 * working day after the start. It is computed on the calendar and policy given, never stored
 * alone, so a correction of the calendar or a change of the policy moves every open deadline.
 */
export function deadlineDueOn(facts: Pick<DeadlineFacts, 'kind' | 'startsOn' | 'extensionWorkingDays'>, calendar: WorkingDayCalendar, policy: DeadlinePolicy): LocalDate {
  return calendar.addWorkingDays(facts.startsOn, deadlineLength(facts.kind, policy).workingDays + facts.extensionWorkingDays);
}

/**
 * Where a deadline stands today (the overdue and due-soon queues): done in time or late, or
 * open with the working days left (DUE_SOON at the policy's window or fewer) or overdue by
 * how many.
 */
export function deadlineStatus(
  facts: DeadlineFacts,
  args: { today: LocalDate; calendar: WorkingDayCalendar; policy: DeadlinePolicy },
): DeadlineStatus {
  const { today, calendar, policy } = args;
  const dueOn = deadlineDueOn(facts, calendar, policy);
  const base = { kind: facts.kind, rule: DEADLINES[facts.kind].rule, dueOn };
  if (facts.doneOn !== null) {
    const late = calendar.workingDaysBetween(dueOn, facts.doneOn);
    return late > 0
      ? { ...base, state: 'MET_LATE', workingDaysLeft: null, workingDaysLate: late }
      : { ...base, state: 'MET', workingDaysLeft: null, workingDaysLate: null };
  }
  if (today > dueOn) {
    return { ...base, state: 'OVERDUE', workingDaysLeft: null, workingDaysLate: calendar.workingDaysBetween(dueOn, today) };
  }
  const left = calendar.workingDaysBetween(today, dueOn);
  return { ...base, state: left <= policy.dueSoonWorkingDays ? 'DUE_SOON' : 'OPEN', workingDaysLeft: left, workingDaysLate: null };
}

/**
 * ADMISSION.DEADLINE_EXTENSION (steps 8, 11): the committee's decision deadline is extended
 * once, by 1 to the policy's maximum working days, with a reason, on or before the day it
 * falls due and while the decision is not made. (An extension after the deadline would hide
 * an overrun the Charter wants flagged.) Returns the new due date.
 */
export function planDeadlineExtension(
  facts: DeadlineFacts,
  request: { workingDays: number; reason: string; requestedOn: LocalDate },
  calendar: WorkingDayCalendar,
  policy: DeadlinePolicy,
): { extensionWorkingDays: number; dueOn: LocalDate } {
  const definition = deadlineLength(facts.kind, policy);
  const rule = 'ADMISSION.DEADLINE_EXTENSION';
  const problems = new Problems();
  if (!Number.isInteger(request.workingDays) || request.workingDays < 1) problems.add('input.workingDays', 'must be a whole number of working days, one or more');
  if (request.reason.trim() === '') problems.add('input.reason', 'is required: say why the decision needs more time');
  problems.throwIfAny('The extension is not valid.');
  if (definition.maxExtension === 0) {
    throw violation(rule, { en: `The ${facts.kind} deadline cannot be extended.`, vi: `Thời hạn ${facts.kind} không được gia hạn.` }, { kind: facts.kind });
  }
  if (request.workingDays > definition.maxExtension) {
    throw violation(rule, { en: `${request.workingDays} working days asked; at most ${definition.maxExtension}.`, vi: `Đề nghị gia hạn ${request.workingDays} ngày làm việc; tối đa ${definition.maxExtension}.` }, { kind: facts.kind, workingDays: request.workingDays, max: definition.maxExtension });
  }
  if (facts.extensionWorkingDays > 0) {
    throw violation(rule, { en: 'This deadline has already been extended once.', vi: 'Thời hạn này đã được gia hạn một lần.' }, { kind: facts.kind, extensionWorkingDays: facts.extensionWorkingDays });
  }
  if (facts.doneOn !== null) {
    throw violation(rule, { en: `The decision was made on ${facts.doneOn}.`, vi: `Quyết định đã có ngày ${facts.doneOn}.` }, { kind: facts.kind, doneOn: facts.doneOn });
  }
  const currentDue = deadlineDueOn(facts, calendar, policy);
  if (request.requestedOn > currentDue) {
    throw violation(rule, { en: `The deadline fell due on ${currentDue}; today is ${request.requestedOn}.`, vi: `Thời hạn đã hết ngày ${currentDue}; hôm nay là ${request.requestedOn}.` }, { kind: facts.kind, dueOn: currentDue, requestedOn: request.requestedOn });
  }
  const extended = { ...facts, extensionWorkingDays: request.workingDays };
  return { extensionWorkingDays: request.workingDays, dueOn: deadlineDueOn(extended, calendar, policy) };
}

/** What a dossier in progress holds that its deadlines run from. */
export interface DossierDeadlineFacts {
  status: DossierStatus;
  /** The passed cell resolution's meeting date. */
  admissionResolvedOn: LocalDate | null;
  decisionExtensionWorkingDays: number;
  /** The day the cell received the committee's decision. */
  decisionReceivedOn: LocalDate | null;
  /** The ceremony's date: the member history's 30 working days run from it. */
  ceremonyDate: LocalDate | null;
  /** The day the member history was recorded as completed; null while it is not. */
  memberHistoryCompletedOn: LocalDate | null;
  /** The end of the 12 months of probation. */
  probationEndsOn: LocalDate | null;
  /** The latest recognition resolution's meeting date, passed or not. */
  recognitionResolvedOn: LocalDate | null;
  recognitionDecisionExtensionWorkingDays: number;
}

/**
 * The deadlines a dossier in progress is waiting on (steps 8, 9, 11): the committee's decision
 * after the cell's resolution, the ceremony after the decision was received, the recognition
 * meeting after the 12 months, the recognition decision after that meeting — one of these at a
 * time, the stage says which — and, in probation, the member history from the ceremony until
 * it is recorded completed (ADMISSION.MEMBER_HISTORY_DEADLINE), beside the recognition's, so a
 * history never completed stays in the queue without hiding the recognition.
 */
export function openDeadlinesOf(facts: DossierDeadlineFacts): DeadlineFacts[] {
  const open = (kind: DeadlineKind, startsOn: LocalDate | null, extensionWorkingDays = 0): DeadlineFacts[] => (startsOn ? [{ kind, startsOn, extensionWorkingDays, doneOn: null }] : []);
  switch (facts.status) {
    case 'CELL_RESOLVED':
    case 'GRASSROOTS_RESOLVED':
      return open('DECISION', facts.admissionResolvedOn, facts.decisionExtensionWorkingDays);
    case 'DECIDED':
      return open('CEREMONY', facts.decisionReceivedOn);
    case 'PROBATION':
      return [
        ...(facts.memberHistoryCompletedOn === null ? open('MEMBER_HISTORY', facts.ceremonyDate) : []),
        ...(facts.recognitionResolvedOn
          ? open('RECOGNITION_DECISION', facts.recognitionResolvedOn, facts.recognitionDecisionExtensionWorkingDays)
          : open('RECOGNITION_MEETING', facts.probationEndsOn)),
      ];
    default:
      return [];
  }
}
