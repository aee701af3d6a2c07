import { calendarDateOfDateValue, dateOfExcelSerial, utcDateOf } from './date-value';

describe('dates that arrive as other values', () => {
  it.each([
    [61, '1900-03-01'],
    [32874, '1990-01-01'],
    [45658, '2025-01-01'],
    [45658.75, '2025-01-01'],
    [60, null],
    [-5, null],
    [Number.NaN, null],
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

  it('an invalid Date stands for no date', () => {
    expect(calendarDateOfDateValue(new Date('x'))).toBeNull();
    expect(() => utcDateOf(new Date('x'))).toThrow(RangeError);
  });

  it.each([
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['2026-03-15T23:59:59.999Z', '2026-03-15'],
    ['2024-02-29T12:00:00.000Z', '2024-02-29'],
  ])('utcDateOf(%s) = %s', (iso, date) => {
    expect(utcDateOf(new Date(iso))).toBe(date);
  });
});
