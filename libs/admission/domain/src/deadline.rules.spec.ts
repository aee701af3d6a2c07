import { outcomeOf } from './admission.fixtures';
import { defaultHolidayTable, type HolidayTable, workingDayCalendar } from '@pdv/calendar';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';
import { type DeadlineFacts, deadlineDueOn, deadlineStatus, type DossierDeadlineFacts, openDeadlinesOf, planDeadlineExtension } from './deadline.rules';

const TABLE = defaultHolidayTable(2025, 2028);
const CALENDAR = workingDayCalendar(TABLE);
const open = (kind: DeadlineFacts['kind'], startsOn: string, extensionWorkingDays = 0): DeadlineFacts => ({ kind, startsOn, extensionWorkingDays, doneOn: null });

describe('due dates in working days, on the shared calendar', () => {
  it.each<[string, DeadlineFacts, string]>([
    // Each figure counted by hand on the table: Tết 2026 is Mon 16 – Fri 20 Feb, so a window across it ends a week later.
    ['a decision whose window contains Tết 2026', open('DECISION', '2026-01-20'), '2026-04-21'],
    ['a ceremony 30 working days across Tết 2026', open('CEREMONY', '2026-01-30'), '2026-03-20'],
    ['the member history across the New Year swap (2 Jan off, Sat 10 Jan worked)', open('MEMBER_HISTORY', '2025-12-30'), '2026-02-11'],
    ['a decision, extended by 30', open('DECISION', '2026-01-20', 30), '2026-06-05'],
    ['a recognition meeting across Tết 2027 (law-derived: 5–9 Feb, the weekend days compensated on 10–11 Feb)', open('RECOGNITION_MEETING', '2027-01-25'), '2027-03-15'],
    ['a recognition decision across the National Day swap (Sat 22 Aug worked, 31 Aug off)', open('RECOGNITION_DECISION', '2026-08-14'), '2026-09-29'],
  ])('%s: due %s', (_case, facts, dueOn) => {
    expect(deadlineDueOn(facts, CALENDAR, DEFAULT_ADMISSION_POLICY)).toBe(dueOn);
  });

  it('counts Tết as days off: the first working day after Friday 13 February 2026 is Monday 23 February', () => {
    expect(CALENDAR.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('moves an open deadline when the board corrects the calendar', () => {
    const corrected: HolidayTable = { ...TABLE, holidays: [...TABLE.holidays, { date: '2026-03-02', name: 'Ngày nghỉ bù', basis: 'board correction' }] };
    const before = deadlineDueOn(open('CEREMONY', '2026-01-30'), CALENDAR, DEFAULT_ADMISSION_POLICY);
    const after = deadlineDueOn(open('CEREMONY', '2026-01-30'), workingDayCalendar(corrected), DEFAULT_ADMISSION_POLICY);
    expect([before, after]).toEqual(['2026-03-20', '2026-03-23']);
  });

  it('moves an open deadline when the board changes its length in the policy', () => {
    const longer = { ...DEFAULT_ADMISSION_POLICY, ceremonyWorkingDays: 31 };
    expect(deadlineDueOn(open('CEREMONY', '2026-01-30'), CALENDAR, longer)).toBe('2026-03-23');
  });
});

describe('ADMISSION.MEMBER_HISTORY_DEADLINE: 30 working days after the ceremony', () => {
  const history = (ceremonyDate: string, doneOn: string | null = null): DeadlineFacts => ({ kind: 'MEMBER_HISTORY', startsOn: ceremonyDate, extensionWorkingDays: 0, doneOn });
  const args = (today: string) => ({ today, calendar: CALENDAR, policy: DEFAULT_ADMISSION_POLICY });
  // Counted by hand: from Fri 30 Jan 2026, 9 working days to Thu 12 Feb, Fri 13 Feb is the 10th, Tết (Mon 16 – Fri 20 Feb) is off, so the 30th is Fri 20 Mar.
  it.each<[string, DeadlineFacts, string, object]>([
    ['a window across Tết 2026: due a week later than without it', history('2026-01-30'), '2026-02-02', { rule: 'ADMISSION.MEMBER_HISTORY_DEADLINE', dueOn: '2026-03-20', state: 'OPEN', workingDaysLeft: 29 }],
    ['in Tết itself: the days off do not count down', history('2026-01-30'), '2026-02-18', { state: 'OPEN', workingDaysLeft: 20 }],
    ['on the due date', history('2026-01-30'), '2026-03-20', { state: 'DUE_SOON', workingDaysLeft: 0 }],
    ['the first working day after it: overdue by one', history('2026-01-30'), '2026-03-23', { state: 'OVERDUE', workingDaysLate: 1 }],
    ['completed on the due date', history('2026-01-30', '2026-03-20'), '2026-04-01', { state: 'MET', workingDaysLate: null }],
    ['completed the working day after it', history('2026-01-30', '2026-03-23'), '2026-04-01', { state: 'MET_LATE', workingDaysLate: 1 }],
  ])('%s', (_case, facts, today, expected) => {
    expect(deadlineStatus(facts, args(today))).toMatchObject(expected);
  });
});

describe('where a deadline stands today (the queues)', () => {
  const args = (today: string) => ({ today, calendar: CALENDAR, policy: DEFAULT_ADMISSION_POLICY });
  it.each<[string, DeadlineFacts, string, object]>([
    ['open, far from due', open('CEREMONY', '2026-01-30'), '2026-02-02', { state: 'OPEN', dueOn: '2026-03-20', workingDaysLeft: 29, workingDaysLate: null }],
    ['due soon: 5 working days left', open('CEREMONY', '2026-01-30'), '2026-03-13', { state: 'DUE_SOON', workingDaysLeft: 5 }],
    ['6 working days left is not yet due soon', open('CEREMONY', '2026-01-30'), '2026-03-12', { state: 'OPEN', workingDaysLeft: 6 }],
    ['on the due date', open('CEREMONY', '2026-01-30'), '2026-03-20', { state: 'DUE_SOON', workingDaysLeft: 0 }],
    ['the weekend after the due date: overdue, 0 working days late yet', open('CEREMONY', '2026-01-30'), '2026-03-21', { state: 'OVERDUE', workingDaysLate: 0 }],
    ['overdue by 3 working days', open('CEREMONY', '2026-01-30'), '2026-03-25', { state: 'OVERDUE', workingDaysLate: 3 }],
    ['done on the due date', { ...open('CEREMONY', '2026-01-30'), doneOn: '2026-03-20' }, '2026-04-01', { state: 'MET', workingDaysLate: null }],
    ['done 1 working day late', { ...open('CEREMONY', '2026-01-30'), doneOn: '2026-03-23' }, '2026-04-01', { state: 'MET_LATE', workingDaysLate: 1 }],
  ])('%s', (_case, facts, today, expected) => {
    expect(deadlineStatus(facts, args(today))).toMatchObject(expected);
  });
});

describe('ADMISSION.DEADLINE_EXTENSION: once, ≤ 30 working days, with a reason, before it passes', () => {
  const request = (values: Partial<{ workingDays: number; reason: string; requestedOn: string }> = {}) => ({ workingDays: 30, reason: 'Chờ kết quả thẩm tra bổ sung', requestedOn: '2026-04-01', ...values });
  it.each<[string, DeadlineFacts, ReturnType<typeof request>, string]>([
    ['30 working days', open('DECISION', '2026-01-20'), request(), 'OK'],
    ['on the due date', open('DECISION', '2026-01-20'), request({ requestedOn: '2026-04-21' }), 'OK'],
    ['the day after the due date', open('DECISION', '2026-01-20'), request({ requestedOn: '2026-04-22' }), 'ADMISSION.DEADLINE_EXTENSION'],
    ['31 working days', open('DECISION', '2026-01-20'), request({ workingDays: 31 }), 'ADMISSION.DEADLINE_EXTENSION'],
    ['a second extension', open('DECISION', '2026-01-20', 10), request({ workingDays: 10 }), 'ADMISSION.DEADLINE_EXTENSION'],
    ['after the decision', { ...open('DECISION', '2026-01-20'), doneOn: '2026-03-01' }, request(), 'ADMISSION.DEADLINE_EXTENSION'],
    ['a ceremony deadline', open('CEREMONY', '2026-03-02'), request({ workingDays: 5 }), 'ADMISSION.DEADLINE_EXTENSION'],
    ['a recognition decision, 30', open('RECOGNITION_DECISION', '2026-03-02'), request(), 'OK'],
    ['no reason', open('DECISION', '2026-01-20'), request({ reason: '  ' }), 'BAD_USER_INPUT'],
    ['zero days', open('DECISION', '2026-01-20'), request({ workingDays: 0 }), 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, facts, asked, expected) => {
    expect(outcomeOf(() => planDeadlineExtension(facts, asked, CALENDAR, DEFAULT_ADMISSION_POLICY))).toBe(expected);
  });

  it('takes its maximum from the policy', () => {
    expect(outcomeOf(() => planDeadlineExtension(open('DECISION', '2026-01-20'), request({ workingDays: 20 }), CALENDAR, { ...DEFAULT_ADMISSION_POLICY, decisionExtensionMaxWorkingDays: 15 }))).toBe('ADMISSION.DEADLINE_EXTENSION');
  });

  it('gives the new due date', () => {
    expect(planDeadlineExtension(open('DECISION', '2026-01-20'), request(), CALENDAR, DEFAULT_ADMISSION_POLICY)).toEqual({ extensionWorkingDays: 30, dueOn: '2026-06-05' });
  });
});

describe('the deadlines a dossier in progress waits on', () => {
  const facts: DossierDeadlineFacts = {
    status: 'CELL_RESOLVED',
    admissionResolvedOn: '2026-01-20',
    decisionExtensionWorkingDays: 10,
    decisionReceivedOn: '2026-03-02',
    ceremonyDate: '2026-03-20',
    memberHistoryCompletedOn: '2026-04-01',
    probationEndsOn: '2027-03-20',
    recognitionResolvedOn: null,
    recognitionDecisionExtensionWorkingDays: 0,
  };
  it.each<[string, Partial<DossierDeadlineFacts>, DeadlineFacts[]]>([
    ['after the cell’s resolution: the decision, with its extension', {}, [open('DECISION', '2026-01-20', 10)]],
    ['under a grassroots committee, too', { status: 'GRASSROOTS_RESOLVED' }, [open('DECISION', '2026-01-20', 10)]],
    ['after the decision: the ceremony from its receipt', { status: 'DECIDED' }, [open('CEREMONY', '2026-03-02')]],
    ['in probation, the history completed: the recognition meeting from the end of the 12 months', { status: 'PROBATION' }, [open('RECOGNITION_MEETING', '2027-03-20')]],
    ['in probation, the history not completed: it too, from the ceremony', { status: 'PROBATION', memberHistoryCompletedOn: null }, [open('MEMBER_HISTORY', '2026-03-20'), open('RECOGNITION_MEETING', '2027-03-20')]],
    ['after the recognition vote: the decision', { status: 'PROBATION', recognitionResolvedOn: '2027-03-25', recognitionDecisionExtensionWorkingDays: 30 }, [open('RECOGNITION_DECISION', '2027-03-25', 30)]],
    ['an open dossier waits on no deadline', { status: 'OPEN' }, []],
    ['nor a closed one', { status: 'OFFICIAL', memberHistoryCompletedOn: null }, []],
  ])('%s', (_case, values, expected) => {
    expect(openDeadlinesOf({ ...facts, ...values })).toEqual(expected);
  });
});
