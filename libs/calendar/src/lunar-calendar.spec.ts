import { addDays } from './local-date';
import { lunarDateOf, lunarNewYearOf, solarDateOf } from './lunar-calendar';

const CHINA = 8;

describe('the Vietnamese lunar calendar', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    // the official Tết dates the holiday table is built on
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    [2030, '2030-02-02'], // not 3 February: that is the Chinese date (below)
  ])('Tết %i is %s', (year, date) => {
    expect(lunarNewYearOf(year)).toBe(date);
    expect(lunarDateOf(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it.each([
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    // the next two years the new moon falls between 16:00 and 17:00 UTC
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('Tết %i is %s in Vietnam (UTC+7) and %s in China (UTC+8)', (year, vietnam, china) => {
    expect(lunarNewYearOf(year)).toBe(vietnam);
    expect(lunarNewYearOf(year, CHINA)).toBe(china);
  });

  it.each([
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])("Hùng Kings' day (10/3 lunar) %i is %s", (year, date) => {
    expect(solarDateOf({ year, month: 3, day: 10, leap: false })).toBe(date);
  });

  it.each([
    ['2025-07-25', { year: 2025, month: 6, day: 1, leap: true }], // Ất Tỵ has a leap 6th month
    ['2025-06-25', { year: 2025, month: 6, day: 1, leap: false }],
    ['2025-08-23', { year: 2025, month: 7, day: 1, leap: false }],
    ['2023-03-22', { year: 2023, month: 2, day: 1, leap: true }], // Quý Mão has a leap 2nd month
    ['2025-01-28', { year: 2024, month: 12, day: 29, leap: false }], // the last day of Giáp Thìn
    ['2026-02-16', { year: 2025, month: 12, day: 29, leap: false }], // the last day of Ất Tỵ
    ['2025-12-31', { year: 2025, month: 11, day: 12, leap: false }],
  ])('%s is lunar %o', (date, lunar) => {
    expect(lunarDateOf(date)).toEqual(lunar);
    expect(solarDateOf(lunar)).toBe(date);
  });

  it('converts every day of 2024–2031 there and back, one lunar day at a time', () => {
    let previous = lunarDateOf('2023-12-31');
    for (let date = '2024-01-01'; date <= '2031-12-31'; date = addDays(date, 1)) {
      const lunar = lunarDateOf(date);
      expect(solarDateOf(lunar)).toBe(date);
      if (lunar.day === 1) expect(previous.day === 29 || previous.day === 30).toBe(true);
      else expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      previous = lunar;
    }
  });

  it.each([
    [{ year: 2026, month: 6, day: 1, leap: true }, /has no leap month/], // Bính Ngọ has none
    [{ year: 2025, month: 5, day: 1, leap: true }, /has no leap month 5/],
    [{ year: 2025, month: 13, day: 1, leap: false }, /month 1–12/],
    [{ year: 1799, month: 1, day: 1, leap: false }, /1800–2199/],
  ])('refuses the lunar date %o', (lunar, message) => {
    expect(() => solarDateOf(lunar)).toThrow(message);
  });

  it('refuses a 30th day in a 29-day month', () => {
    const lunar = lunarDateOf('2025-01-28'); // 29 Chạp, the month's last day
    expect(() => solarDateOf({ ...lunar, day: 30 })).toThrow(/has 29 days/);
  });
});
