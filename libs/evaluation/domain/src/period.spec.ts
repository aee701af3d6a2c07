import { parsePeriodKey, periodKey, periodKeysOf, periodRange } from './period';

const TERM = { firstYear: 2025, lastYear: 2030 };

describe('periodKeysOf', () => {
  it.each<[string, string[]]>([
    ['2025-01-01', ['2025-M01', '2025-Q1', '2025-H1', '2025', 'T2025-2030']],
    ['2026-09-30', ['2026-M09', '2026-Q3', '2026-H2', '2026', 'T2025-2030']],
    ['2026-10-01', ['2026-M10', '2026-Q4', '2026-H2', '2026', 'T2025-2030']],
    ['2030-12-31', ['2030-M12', '2030-Q4', '2030-H2', '2030', 'T2025-2030']],
    ['2024-12-31', ['2024-M12', '2024-Q4', '2024-H2', '2024']],
    ['2031-01-01', ['2031-M01', '2031-Q1', '2031-H1', '2031']],
  ])('a fact of %s counts in %j', (date, expected) => {
    expect(periodKeysOf(date, TERM)).toEqual(expected);
  });
});

describe('period keys and ranges', () => {
  it('writes and reads the term', () => {
    expect(periodKey({ kind: 'TERM', ...TERM })).toBe('T2025-2030');
    expect(parsePeriodKey('T2025-2030')).toEqual({ kind: 'TERM', ...TERM });
    expect(periodRange({ kind: 'TERM', ...TERM })).toEqual({ from: '2025-01-01', to: '2031-01-01' });
  });

  it.each<[string, unknown]>([
    ['2026-Q3', { kind: 'QUARTER', year: 2026, index: 3 }],
    ['T2030-2025', null],
    ['T2025', null],
    ['NOW', null],
  ])('%s → %j', (key, expected) => {
    expect(parsePeriodKey(key)).toEqual(expected);
  });
});
