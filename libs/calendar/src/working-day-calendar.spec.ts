import { addDays } from './local-date';
import { defaultHolidayTable } from './vietnamese-holidays';
import { type HolidayTable, holidayTableProblems, workingDayCalendar } from './working-day-calendar';

const calendar = workingDayCalendar(defaultHolidayTable(2025, 2027));

describe('the working-day calendar', () => {
  it.each([
    ['2025-01-24', true], // Friday before Tết 2025
    ['2025-01-25', false], // Saturday
    ['2025-01-27', false], // Tết 2025, as announced (28 Chạp)
    ['2025-01-31', false],
    ['2025-02-03', true], // back at work
    ['2025-04-07', false], // Hùng Kings' day
    ['2025-04-26', true], // Saturday worked in place of Friday 2 May
    ['2025-05-02', false],
    ['2025-09-01', false],
    ['2025-09-03', true],
    ['2026-01-02', false], // Friday off, worked on Saturday 10 January
    ['2026-01-10', true],
    ['2026-01-11', false], // the Sunday after it is still a rest day
    ['2026-02-16', false], // Tết 2026
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-27', false], // Monday after Hùng Kings' day on a Sunday
    ['2026-08-22', true], // Saturday worked in place of Monday 31 August
    ['2026-08-31', false],
    ['2027-02-10', false], // 2027 from the law: Tết's weekend days taken on Wednesday and Thursday
    ['2027-02-12', true],
    ['2027-05-03', false],
  ])('isWorkingDay(%s) = %p', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2025-01-24', 1, '2025-02-03'], // across Tết 2025
    ['2025-01-23', 2, '2025-02-03'],
    ['2026-02-13', 1, '2026-02-23'], // across Tết 2026
    ['2026-02-23', -1, '2026-02-13'],
    ['2025-04-25', 1, '2025-04-26'], // the swapped Saturday counts
    ['2025-04-29', 1, '2025-05-05'],
    ['2025-05-05', -1, '2025-04-29'],
    ['2025-07-04', 1, '2025-07-07'], // Friday → Monday
    ['2025-07-05', 1, '2025-07-07'], // from a Saturday: the next working day
    ['2025-07-05', -1, '2025-07-04'],
    ['2025-07-07', -5, '2025-06-30'],
    ['2025-07-05', 0, '2025-07-05'], // n = 0 leaves even a rest day as it is
    ['2025-12-31', 1, '2026-01-05'], // 1 January and the swapped 2 January off
    // "decides within 60 working days of the cell's resolution": day 1 is 6 January; Saturday 10 January
    // counts, Tết 2026 does not; the 60th and last allowed day is Friday 3 April
    ['2026-01-05', 60, '2026-04-03'],
  ])('addWorkingDays(%s, %i) = %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-01-24', '2025-02-03', 1], // start excluded, end included
    ['2025-01-24', '2025-01-24', 0],
    ['2025-01-24', '2025-02-02', 0], // nothing but Tết and weekends
    ['2025-02-03', '2025-01-24', -1],
    ['2025-04-21', '2025-05-05', 8], // 22–25 April, Saturday 26, 28–29, then 5 May
    ['2026-01-05', '2026-04-03', 60],
    ['2026-01-05', '2026-04-06', 61], // a decision on Monday 6 April is late
    ['2025-07-04', '2025-07-05', 0], // to a Saturday
    ['2025-07-05', '2025-07-04', 0], // and back: antisymmetric, never -0
  ])('workingDaysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it('counts back what addWorkingDays added, for every start in 2025–2026 and n up to 90', () => {
    for (let date = '2025-01-01'; date <= '2026-10-31'; date = addDays(date, 7)) {
      for (const n of [0, 1, 5, 30, 60, 90]) {
        expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
      }
    }
  });

  it('answers a date outside its table with an error, not a guess', () => {
    expect(() => calendar.isWorkingDay('2028-01-03')).toThrow(/covers 2025–2027/);
    expect(() => calendar.addWorkingDays('2027-12-30', 5)).toThrow(/covers 2025–2027/);
    expect(() => calendar.addWorkingDays('2025-07-01', 1.5)).toThrow(/whole days/);
  });

  const base: HolidayTable = {
    firstYear: 2030,
    lastYear: 2030,
    holidays: [{ date: '2030-01-01', name: "New Year's Day", basis: 'law' }],
    swappedWorkingDays: [],
  };
  it.each([
    [{ ...base, holidays: [...base.holidays, { date: '2030-02-30', name: 'x', basis: 'x' }] }, 'holiday 2030-02-30 is not a date in 2030–2030'],
    [{ ...base, holidays: [...base.holidays, { date: '2031-01-01', name: 'x', basis: 'x' }] }, 'holiday 2031-01-01 is not a date in 2030–2030'],
    [{ ...base, holidays: [...base.holidays, ...base.holidays] }, 'holiday 2030-01-01 is listed twice'],
    [{ ...base, swappedWorkingDays: [{ date: '2030-01-07', inPlaceOf: '2030-01-01', basis: 'x' }] }, 'swapped working day 2030-01-07 is not a Saturday or Sunday'],
    [{ ...base, swappedWorkingDays: [{ date: '2030-01-05', inPlaceOf: '2030-01-02', basis: 'x' }] }, 'swapped working day 2030-01-05 makes up for 2030-01-02, which is not a holiday'],
    [{ ...base, firstYear: 2031 }, 'firstYear and lastYear must be whole years, firstYear not after lastYear'],
  ])('refuses a table that cannot be used (%#)', (table, problem) => {
    expect(holidayTableProblems(table)).toEqual([problem]);
    expect(() => workingDayCalendar(table)).toThrow(problem);
  });

  it('a swapped Saturday that is also a holiday is refused', () => {
    const table = {
      ...base,
      holidays: [...base.holidays, { date: '2030-01-05', name: 'x', basis: 'x' }],
      swappedWorkingDays: [{ date: '2030-01-05', inPlaceOf: '2030-01-01', basis: 'x' }],
    };
    expect(holidayTableProblems(table)).toEqual(['swapped working day 2030-01-05 is also a holiday']);
  });
});
