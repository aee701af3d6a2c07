import { addDays, addMonths, daysBetween, fullYearsOn, isLocalDate, isWithin, periodsOverlap, yearOf } from './local-date.util';

describe('local dates', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-7-1', false],
    ['2025-07-01T00:00:00Z', false],
    [20250701, false],
    [null, false],
  ])('isLocalDate(%p) = %p', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it.each([
    ['2025-07-01', 1, '2025-07-02'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2024-03-15', 12, '2025-03-15'],
    ['2024-02-29', 12, '2025-02-28'], // the month is shorter: its last day
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-05-31', -1, '2025-04-30'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2025-07-01', '2025-07-01', 0],
    ['2025-07-01', '2025-08-01', 31],
    ['2025-08-01', '2025-07-01', -31],
    ['2024-01-01', '2025-01-01', 366],
  ])('daysBetween(%s, %s) = %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2007-09-15', '2025-09-15', 18], // the 18th birthday itself
    ['2007-09-16', '2025-09-15', 17], // the day before it
    ['2004-02-29', '2022-02-28', 17], // a 29 February birthday is reached on 1 March in common years
    ['2004-02-29', '2022-03-01', 18],
    ['1980-05-20', '2010-03-01', 29],
  ])('fullYearsOn(%s, %s) = %i', (dob, date, expected) => {
    expect(fullYearsOn(dob, date)).toBe(expected);
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

  it('yearOf reads the year', () => {
    expect(yearOf('2026-01-31')).toBe(2026);
  });

  it('refuses text that is not a date', () => {
    expect(() => addDays('1/7/2025', 1)).toThrow(/not a YYYY-MM-DD date/);
  });
});
