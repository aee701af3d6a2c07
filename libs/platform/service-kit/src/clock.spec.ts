import { localDateInVietnam } from './clock';

describe('localDateInVietnam', () => {
  it.each([
    ['2025-06-30T16:59:59Z', '2025-06-30'],
    ['2025-06-30T17:00:00Z', '2025-07-01'],
    ['2025-12-31T23:00:00Z', '2026-01-01'],
  ])('%s is %s in Hanoi', (instant, date) => {
    expect(localDateInVietnam(new Date(instant))).toBe(date);
  });
});
