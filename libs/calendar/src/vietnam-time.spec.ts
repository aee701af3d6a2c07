import { localDateInVietnam, startOfVietnamDay, todayInVietnam } from './vietnam-time';

describe('time in Vietnam (UTC+7)', () => {
  it.each([
    ['2025-06-30T16:59:59Z', '2025-06-30'],
    ['2025-06-30T17:00:00Z', '2025-07-01'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
    ['2026-03-15T16:59:59Z', '2026-03-15'],
    ['2026-03-15T17:00:00Z', '2026-03-16'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
    ['2024-02-28T17:00:00Z', '2024-02-29'],
    ['2026-03-16T00:00:00+07:00', '2026-03-16'],
  ])('%s is %s in Hanoi', (instant, date) => {
    expect(localDateInVietnam(new Date(instant))).toBe(date);
  });

  it('agrees with the time-zone database for Asia/Ho_Chi_Minh from 1976 on', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
    for (let time = Date.UTC(1976, 0, 1, 16, 59, 59); time < Date.UTC(2040, 0, 1); time += 97 * 86_400_000 + 3_600_000) {
      for (const instant of [new Date(time), new Date(time + 1000)]) {
        expect(localDateInVietnam(instant)).toBe(zone.format(instant));
      }
    }
  });

  it('todayInVietnam reads the clock', () => {
    expect(todayInVietnam({ now: () => new Date('2026-03-15T17:30:00Z') })).toBe('2026-03-16');
  });

  it('startOfVietnamDay is 17:00 UTC the day before', () => {
    expect(startOfVietnamDay('2026-03-16').toISOString()).toBe('2026-03-15T17:00:00.000Z');
    expect(startOfVietnamDay('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(localDateInVietnam(startOfVietnamDay('2024-02-29'))).toBe('2024-02-29');
  });
});
