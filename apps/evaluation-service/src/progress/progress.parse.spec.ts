import { isAppError } from '@pdv/errors';
import { parsePeriod } from './progress.parse';

describe('parsePeriod', () => {
  it.each<[string, string]>([
    ['2026-M07', 'OK'],
    ['2026-Q3', 'OK'],
    ['2026-H2', 'OK'],
    ['2026', 'OK'],
    ['T2025-2030', 'OK'],
    ['2026-Q5', 'period'],
    ['NOW', 'period'],
    ['', 'period'],
    ['2026-q3', 'period'],
  ])('%j → %s', (period, expected) => {
    try {
      parsePeriod(period);
      expect('OK').toBe(expected);
    } catch (error) {
      expect(isAppError(error) && error.problems?.map((p) => p.field).join()).toBe(expected);
    }
  });
});
