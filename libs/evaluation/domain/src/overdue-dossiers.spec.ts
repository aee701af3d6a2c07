import { defaultHolidayTable, workingDayCalendar } from '@pdv/calendar';
import { DEADLINE_RESOLUTIONS, type OverdueDeadline, overdueOn } from './overdue-dossiers';

const calendar = workingDayCalendar(defaultHolidayTable(2026, 2026));
const names = new Map([
  ['C1', { code: 'CB-01', name: 'Chi bộ 1' }],
  ['C2', { code: 'CB-02', name: 'Chi bộ 2' }],
]);
const deadline = (values: Partial<OverdueDeadline>): OverdueDeadline => ({ dossierId: 'd1', organisationId: 'C1', deadline: 'DECISION', dueOn: '2026-06-15', resolvedOn: null, ...values });

describe('overdueOn: the dossiers overdue on a report’s day', () => {
  it.each<[string, Partial<OverdueDeadline>, string, number | null]>([
    ['open, due on a Monday: 11 working days late by 30 June', {}, '2026-06-30', 11],
    ['due on the day itself: not late yet', { dueOn: '2026-06-30' }, '2026-06-30', null],
    ['due on a Friday, asked on the Saturday: overdue, 0 working days late', { dueOn: '2026-06-26' }, '2026-06-27', 0],
    ['done before the day', { resolvedOn: '2026-06-20' }, '2026-06-30', null],
    ['done on the day', { resolvedOn: '2026-06-30' }, '2026-06-30', null],
    ['done after the day: still overdue on it', { resolvedOn: '2026-07-02' }, '2026-06-30', 11],
    ['due after the day', { dueOn: '2026-07-15' }, '2026-06-30', null],
  ])('%s', (_case, values, asOf, late) => {
    const listed = overdueOn([deadline(values)], asOf, calendar, names);
    expect(listed.map((d) => d.workingDaysLate)).toEqual(late === null ? [] : [late]);
  });

  it('lists them by unit, code and name, with no person in them, the latest first', () => {
    const listed = overdueOn(
      [
        deadline({ dossierId: 'd1', dueOn: '2026-06-22' }),
        deadline({ dossierId: 'd2', organisationId: 'C2', deadline: 'CEREMONY', dueOn: '2026-06-01' }),
        deadline({ dossierId: 'd3', organisationId: 'C9', deadline: 'RECOGNITION_DECISION', dueOn: '2026-06-22' }),
      ],
      '2026-06-30',
      calendar,
      names,
    );
    expect(listed).toEqual([
      { dossierId: 'd2', organisationId: 'C2', code: 'CB-02', name: 'Chi bộ 2', deadline: 'CEREMONY', dueOn: '2026-06-01', workingDaysLate: 21 },
      { dossierId: 'd3', organisationId: 'C9', code: '', name: '', deadline: 'RECOGNITION_DECISION', dueOn: '2026-06-22', workingDaysLate: 6 },
      { dossierId: 'd1', organisationId: 'C1', code: 'CB-01', name: 'Chi bộ 1', deadline: 'DECISION', dueOn: '2026-06-22', workingDaysLate: 6 },
    ]);
  });
});

describe('DEADLINE_RESOLUTIONS: what each admission event resolves', () => {
  const ids = { dossierId: 'd1', candidateId: 'k1', cellId: 'C1' };
  it.each<[string, () => unknown, unknown]>([
    ['the decision: DECISION', () => DEADLINE_RESOLUTIONS.admissionDecided({ ...ids, decisionDate: '2026-07-02', receivedOn: '2026-07-03' }), [{ dossierId: 'd1', deadlines: ['DECISION'], on: '2026-07-02' }]],
    [
      'the ceremony: the decision on its date, the ceremony on its own',
      () => DEADLINE_RESOLUTIONS.admissionCeremonyHeld({ ...ids, admissionDecisionDate: '2026-07-02', ceremonyDate: '2026-07-20' }),
      [
        { dossierId: 'd1', deadlines: ['DECISION'], on: '2026-07-02' },
        { dossierId: 'd1', deadlines: ['CEREMONY'], on: '2026-07-20' },
      ],
    ],
    [
      'removal from the probationary list: both recognition deadlines',
      () => DEADLINE_RESOLUTIONS.probationaryNameRemoved({ dossierId: 'd1', candidateId: 'k1', memberId: null, effectiveDate: '2027-08-01' }),
      [{ dossierId: 'd1', deadlines: ['RECOGNITION_MEETING', 'RECOGNITION_DECISION'], on: '2027-08-01' }],
    ],
    [
      'a dossier closed: every deadline',
      () => DEADLINE_RESOLUTIONS.dossierClosed({ ...ids, outcome: 'WITHDRAWN', closedOn: '2026-06-05' }),
      [{ dossierId: 'd1', deadlines: ['DECISION', 'CEREMONY', 'MEMBER_HISTORY', 'RECOGNITION_MEETING', 'RECOGNITION_DECISION'], on: '2026-06-05' }],
    ],
  ])('%s', (_case, resolve, expected) => {
    expect(resolve()).toEqual(expected);
  });
});
