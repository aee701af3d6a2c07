import { dayOfWeek } from './local-date';
import { ANNOUNCED_HOLIDAYS } from './announced-holidays';
import { defaultHolidayTable, hungKingsDay, lawDerivedHolidays, statutoryHolidays, tetDays } from './vietnamese-holidays';
import { holidayTableProblems, workingDayCalendar } from './working-day-calendar';

const dates = (holidays: readonly { date: string }[]) => holidays.map((holiday) => holiday.date);

describe('Vietnamese public holidays', () => {
  it.each([
    [2025, ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']],
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']],
    [2027, ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']],
  ])('Tết %i by the law: the last day of the lunar year and the first four of the new one', (year, expected) => {
    expect(tetDays(year)).toEqual(expected);
  });

  it.each([
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])("Hùng Kings' day %i is %s", (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });

  it('gives eleven statutory holidays a year', () => {
    for (let year = 2025; year <= 2040; year += 1) expect(statutoryHolidays(year)).toHaveLength(11);
  });

  it.each([
    [2021, '2021-09-03'], // Thursday: the government gave Friday 3/9
    [2022, '2022-09-01'], // Friday: Thursday 1/9
    [2023, '2023-09-01'], // Saturday: Friday 1/9
    [2024, '2024-09-03'], // Monday: Tuesday 3/9
    [2025, '2025-09-01'], // Tuesday: Monday 1/9
    [2026, '2026-09-01'], // Wednesday: Tuesday 1/9
    [2029, '2029-09-03'], // Sunday: Monday 3/9
  ])('the second National Day holiday of %i is %s', (year, date) => {
    const nationalDays = statutoryHolidays(year).filter((holiday) => holiday.name === 'National Day');
    expect(dates(nationalDays)).toEqual([`${year}-09-02`, date].sort());
  });

  it.each([
    // 2027: Tết Saturday and Sunday are taken on Wednesday and Thursday; 1/5 Saturday on Monday 3/5
    [2027, ['2027-02-10', '2027-02-11', '2027-05-03']],
    // 2023: 1/1 Sunday → 2/1; Tết Saturday and Sunday → after it; Hùng Kings' day Saturday 29/4 and
    // 30/4 Sunday → 2/5 and 3/5; 2/9 Saturday → 4/9 (the 2/1, 2–3/5 and 4/9 days off the government gave)
    [2023, ['2023-01-02', '2023-01-26', '2023-01-27', '2023-05-02', '2023-05-03', '2023-09-04']],
    // 2029: 2/9 on Sunday; 3/9 is already off, so Tuesday 4/9
    [2029, ['2029-09-04']],
  ])('%i by the law: a holiday on a weekend is taken on the next working day', (year, compensating) => {
    const compensations = lawDerivedHolidays(year).filter((holiday) => holiday.name.startsWith('Compensating'));
    expect(dates(compensations)).toEqual(compensating);
    for (const date of compensating) expect([0, 6]).not.toContain(dayOfWeek(date));
  });

  it('2026 as announced keeps the law’s Tết and National Day, and adds the swapped days', () => {
    const law = dates(lawDerivedHolidays(2026));
    const announced = dates(ANNOUNCED_HOLIDAYS[2026].holidays);
    expect(announced.filter((date) => !law.includes(date))).toEqual(['2026-01-02', '2026-08-31']);
    expect(law.filter((date) => !announced.includes(date))).toEqual([]);
  });

  it('every announced year is a usable table, in date order, with each swap making up for a day it gives off', () => {
    for (const [year, entries] of Object.entries(ANNOUNCED_HOLIDAYS)) {
      const table = { firstYear: Number(year), lastYear: Number(year), ...entries };
      expect(holidayTableProblems(table)).toEqual([]);
      expect(dates(entries.holidays)).toEqual(dates(entries.holidays).sort());
    }
  });

  it('the default table takes announced years as announced and the others from the law', () => {
    const table = defaultHolidayTable(2025, 2030);
    expect(table.firstYear).toBe(2025);
    expect(table.lastYear).toBe(2030);
    expect(dates(table.holidays.filter((h) => h.date.startsWith('2025-01')))).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
    ]);
    expect(dates(table.holidays.filter((h) => h.date.startsWith('2027-')))).toEqual(dates(lawDerivedHolidays(2027)));
    expect(table.swappedWorkingDays.map((swap) => swap.date)).toEqual(['2025-04-26', '2026-01-10', '2026-08-22']);
    expect(() => workingDayCalendar(table)).not.toThrow();
    expect(() => workingDayCalendar(defaultHolidayTable(1990, 2100))).not.toThrow();
  });

  it('refuses a backwards year range', () => {
    expect(() => defaultHolidayTable(2027, 2025)).toThrow(RangeError);
  });
});
