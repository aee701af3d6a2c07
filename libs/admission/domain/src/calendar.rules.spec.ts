import { defaultHolidayTable, workingDayCalendar } from '@pdv/calendar';
import { problemFields } from './admission.fixtures';
import { type CalendarCorrection, checkCalendarCorrection, correctedHolidayTable } from './calendar.rules';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';
import { deadlineDueOn } from './deadline.rules';

const BASE = defaultHolidayTable(2025, 2028);
const correction = (values: Partial<CalendarCorrection>): CalendarCorrection => ({ date: '2026-03-02', kind: 'HOLIDAY', name: null, inPlaceOf: null, reason: 'Thông báo của Chính phủ', ...values });

describe('the board’s corrections of the working-day calendar', () => {
  it('moves an open deadline: a holiday added inside its window pushes the due date one working day', () => {
    const start = { kind: 'CEREMONY' as const, startsOn: '2026-01-30', extensionWorkingDays: 0 };
    const before = deadlineDueOn(start, workingDayCalendar(BASE), DEFAULT_ADMISSION_POLICY);
    const corrected = correctedHolidayTable(BASE, [correction({ name: 'Nghỉ bù' })]);
    const after = deadlineDueOn(start, workingDayCalendar(corrected), DEFAULT_ADMISSION_POLICY);
    expect(before).toBe('2026-03-20');
    expect(after).toBe('2026-03-23');
  });

  it('applies corrections in order, the latest for a day winning, and an ordinary day undoes a default holiday', () => {
    const corrected = correctedHolidayTable(BASE, [correction({ name: 'Nghỉ bù' }), correction({ kind: 'ORDINARY_DAY' })]);
    expect(corrected.holidays.some((holiday) => holiday.date === '2026-03-02')).toBe(false);
    const tet = BASE.holidays.find((holiday) => holiday.date.startsWith('2026-02'))!;
    expect(correctedHolidayTable(BASE, [correction({ date: tet.date, kind: 'ORDINARY_DAY' })]).holidays.some((holiday) => holiday.date === tet.date)).toBe(false);
  });

  it('a swapped Saturday becomes a working day', () => {
    const tet = BASE.holidays.find((holiday) => holiday.date.startsWith('2026-02'))!;
    const calendar = workingDayCalendar(correctedHolidayTable(BASE, [correction({ date: '2026-03-07', kind: 'SWAPPED_WORKING_DAY', inPlaceOf: tet.date })]));
    expect(calendar.isWorkingDay('2026-03-07')).toBe(true);
  });

  it.each<[string, Partial<CalendarCorrection>, string[]]>([
    ['a holiday with its name', { name: 'Nghỉ bù' }, []],
    ['a holiday without a name', {}, ['input.name']],
    ['a swap without the holiday it makes up for', { date: '2026-03-07', kind: 'SWAPPED_WORKING_DAY' }, ['input.inPlaceOf']],
    ['a swap on a weekday', { date: '2026-03-04', kind: 'SWAPPED_WORKING_DAY', inPlaceOf: '2026-02-17' }, ['input.date']],
    ['a swap for a day that is no holiday', { date: '2026-03-07', kind: 'SWAPPED_WORKING_DAY', inPlaceOf: '2026-03-04' }, ['input.inPlaceOf']],
    ['a day outside the years covered', { date: '2032-03-02', name: 'x' }, ['input.date']],
    ['an ordinary day with a name', { kind: 'ORDINARY_DAY', name: 'x' }, ['input.name']],
  ])('%s', (_case, values, fields) => {
    expect(problemFields(() => checkCalendarCorrection(BASE, [], correction(values)))).toEqual(fields);
  });
});
