import {
  addDays,
  addMonths,
  dayOfWeek,
  dayOfYear,
  daysBetween,
  daysInMonth,
  daysInYear,
  fullMonthsOn,
  monthsReachedOn,
  fullYearsOn,
  isLocalDate,
  isWithin,
  localDateParts,
  maxDate,
  minDate,
  parseLocalDate,
  periodsOverlap,
  yearOf,
} from './local-date';

describe('local dates', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2000-02-29', true], // divisible by 400: a leap year
    ['1900-02-29', false], // divisible by 100 only: not one
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['0000-01-01', false],
    ['2025-7-1', false],
    ['2025-07-01T00:00:00Z', false],
    [' 2025-07-01', false],
    ['', false],
    [20250701, false],
    [null, false],
  ])('isLocalDate(%p) = %p', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-3-1', null],
    ['banana', null],
    [undefined, null],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
  ])('parseLocalDate(%p)', (text, parts) => {
    expect(parseLocalDate(text)).toEqual(parts);
  });

  it.each([['1/7/2025'], ['2025-02-30'], ['']])('localDateParts(%p) refuses text that is not a date, without echoing it', (text) => {
    expect(() => localDateParts(text)).toThrow(new RangeError('not a YYYY-MM-DD date'));
    expect(() => addDays(text, 1)).toThrow(/not a YYYY-MM-DD date/);
  });

  it.each([
    ['2025-07-01', 1, '2025-07-02'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-07-01', 0, '2025-07-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-03-15', 12, '2025-03-15'],
    ['2024-02-29', 12, '2025-02-28'], // the month is shorter: its last day
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-11-15', 3, '2027-02-15'],
    ['2025-05-31', -1, '2025-04-30'],
    ['2026-01-31', -2, '2025-11-30'],
    ['2026-03-31', -13, '2025-02-28'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-07-15', 0, '2025-07-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2025-07-01', '2025-07-01', 0],
    ['2025-07-01', '2025-08-01', 31],
    ['2025-08-01', '2025-07-01', -31],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-02-28', '2024-03-01', 2],
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2007-09-15', '2025-09-15', 18, 216], // the 18th birthday itself
    ['2007-09-16', '2025-09-15', 17, 215], // the day before it
    ['2004-02-29', '2022-02-28', 17, 215], // a 29 February birthday is reached on 1 March in common years
    ['2004-02-29', '2022-03-01', 18, 216],
    ['2008-03-15', '2026-03-15', 18, 216],
    ['2008-03-16', '2026-03-15', 17, 215],
    ['2008-02-29', '2026-02-28', 17, 215],
    ['2008-02-29', '2026-03-01', 18, 216],
    ['1966-02-14', '2026-03-15', 60, 721],
    ['1980-05-20', '2010-03-01', 29, 357],
    ['2026-01-31', '2026-02-28', 0, 0], // a month is complete on the same day of a later month
    ['2026-01-31', '2026-03-01', 0, 1],
  ])('from %s to %s: %i full years, %i full months', (from, to, years, months) => {
    expect(fullYearsOn(from, to)).toBe(years);
    expect(fullMonthsOn(from, to)).toBe(months);
  });

  it.each([
    ['2021-03-10', 60, '2026-03-10'],
    ['2024-02-29', 12, '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2021-01-31', 1, '2021-03-01'],
    ['2021-08-31', 60, '2026-08-31'],
    ['2021-04-30', 10, '2022-03-01'],
    ['2021-04-30', 1, '2021-05-30'],
    ['2021-03-31', 11, '2022-03-01'],
    ['2025-03-15', 12, '2026-03-15'],
    ['2025-01-31', 12, '2026-01-31'],
    ['2023-03-31', 36, '2026-03-31'],
  ])('%s + %i full months is reached on %s, agreeing with fullMonthsOn', (date, months, expected) => {
    expect(monthsReachedOn(date, months)).toBe(expected);
    expect(fullMonthsOn(date, expected)).toBe(months);
    expect(fullMonthsOn(date, addDays(expected, -1))).toBe(months - 1);
  });

  it('reaches 0 full months on the day itself', () => expect(monthsReachedOn('2026-07-15', 0)).toBe('2026-07-15'));

  it.each([
    ['2026-01-01', 1],
    ['2026-03-01', 60],
    ['2028-03-01', 61],
    ['2026-12-31', 365],
    ['2028-12-31', 366],
  ])('dayOfYear(%s) = %i', (date, day) => {
    expect(dayOfYear(date)).toBe(day);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [2024, 366],
    [2025, 365],
    [2000, 366],
    [2100, 365],
  ])('daysInYear(%i) = %i', (year, days) => {
    expect(daysInYear(year)).toBe(days);
  });

  it.each([
    ['1970-01-01', 4],
    ['1969-12-28', 0],
    ['2025-01-25', 6],
    ['2026-02-17', 2],
    ['2026-04-26', 0],
  ])('dayOfWeek(%s) = %i (0 is Sunday)', (date, day) => {
    expect(dayOfWeek(date)).toBe(day);
  });

  it.each([
    ['2025-07-01', '2025-07-01', null, true],
    ['2025-06-30', '2025-07-01', null, false],
    ['2025-07-31', '2025-07-01', '2025-08-01', true],
    ['2025-08-01', '2025-07-01', '2025-08-01', false], // validTo is exclusive
  ])('isWithin(%s, [%s, %s)) = %p', (date, from, to, expected) => {
    expect(isWithin(date, from, to)).toBe(expected);
  });

  it.each([
    ['2025-01-01', '2025-02-01', '2025-01-15', null, true],
    ['2025-01-01', '2025-02-01', '2025-02-01', null, false], // touching ends do not overlap
    ['2025-01-01', null, '2024-01-01', '2025-01-02', true],
    ['2025-01-01', '2025-01-01', '2024-01-01', null, false], // an empty period overlaps nothing
  ])('periodsOverlap([%s, %s), [%s, %s)) = %p', (aFrom, aTo, bFrom, bTo, expected) => {
    expect(periodsOverlap(aFrom, aTo, bFrom, bTo)).toBe(expected);
  });

  it('yearOf reads the year; minDate and maxDate compare', () => {
    expect(yearOf('2026-01-31')).toBe(2026);
    expect(minDate('2026-01-31', '2025-12-31')).toBe('2025-12-31');
    expect(maxDate('2026-01-31', '2025-12-31')).toBe('2026-01-31');
  });
});
