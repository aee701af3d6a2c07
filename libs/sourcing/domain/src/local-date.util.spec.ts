import {
  addMonthsClamped,
  calendarDateOfDateValue,
  dateOfExcelSerial,
  dayOfYear,
  fullMonthsOn,
  fullYearsOn,
  parseIsoDate,
  startOfVietnamDay,
  vietnamDateOf,
} from './index';

const d = (text: string) => parseIsoDate(text)!;

describe('local dates', () => {
  it.each([
    ['2026-03-15T16:59:59Z', '2026-03-15'],
    ['2026-03-15T17:00:00Z', '2026-03-16'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
  ])('vietnamDateOf(%s) = %s', (instant, date) => {
    expect(vietnamDateOf(new Date(instant))).toBe(date);
  });

  it('startOfVietnamDay is 17:00 UTC the day before', () => {
    expect(startOfVietnamDay('2026-03-16').toISOString()).toBe('2026-03-15T17:00:00.000Z');
  });

  it.each([
    ['2026-02-30', null],
    ['2026-13-01', null],
    ['2026-3-1', null],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
  ])('parseIsoDate(%s)', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-01-31', -2, '2025-11-30'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('addMonthsClamped(%s, %i) = %s', (date, months, result) => {
    expect(addMonthsClamped(date, months)).toBe(result);
  });

  it.each([
    ['2008-03-15', '2026-03-15', 18, 216],
    ['2008-03-16', '2026-03-15', 17, 215],
    ['2008-02-29', '2026-02-28', 17, 215],
    ['2008-02-29', '2026-03-01', 18, 216],
    ['1966-02-14', '2026-03-15', 60, 721],
  ])('born %s, on %s: %i full years, %i full months', (birth, on, years, months) => {
    expect(fullYearsOn(d(birth), d(on))).toBe(years);
    expect(fullMonthsOn(d(birth), d(on))).toBe(months);
  });

  it.each([
    ['2026-01-01', 1],
    ['2026-12-31', 365],
    ['2028-12-31', 366],
  ])('dayOfYear(%s) = %i', (date, day) => {
    expect(dayOfYear(d(date))).toBe(day);
  });

  it.each([
    [61, '1900-03-01'],
    [32874, '1990-01-01'],
    [45658, '2025-01-01'],
    [45658.75, '2025-01-01'],
    [60, null],
    [-5, null],
  ])('Excel serial %d = %s', (serial, date) => {
    expect(dateOfExcelSerial(serial)).toBe(date);
  });

  it.each([
    ['UTC midnight (exceljs)', '1990-07-15T00:00:00.000Z', '1990-07-15'],
    ['Hanoi midnight (a library using local time)', '1990-07-14T17:00:00.000Z', '1990-07-15'],
    ['New York midnight', '1990-07-15T04:00:00.000Z', '1990-07-15'],
  ])('a Date at %s stands for its calendar date', (_case, iso, date) => {
    expect(calendarDateOfDateValue(new Date(iso))).toBe(date);
  });
});
