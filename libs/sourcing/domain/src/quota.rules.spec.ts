import { AppError } from '@pdv/errors';
import { checkQuotaTarget, quotaAttainment, type QuotaAttainment } from './index';

describe('quotaAttainment', () => {
  it.each<[string, { target: number; referred: number; accepted: number; today: string }, Partial<QuotaAttainment>]>([
    ['target met', { target: 10, referred: 12, accepted: 10, today: '2026-06-01' }, { counted: 10, ratio: 1, percent: 100, status: 'MET' }],
    ['target exceeded', { target: 4, referred: 6, accepted: 5, today: '2026-12-31' }, { ratio: 1.25, percent: 125, status: 'MET' }],
    // 1 July 2026 is day 182 of 365: 10 × 182 / 365 = 4.98 → 4 expected.
    ['on track at mid-year', { target: 10, referred: 6, accepted: 4, today: '2026-07-01' }, { expectedByToday: 4, percent: 40, status: 'ON_TRACK' }],
    ['behind at mid-year', { target: 10, referred: 6, accepted: 3, today: '2026-07-01' }, { expectedByToday: 4, status: 'BEHIND' }],
    ['nothing expected on 1 January', { target: 10, referred: 0, accepted: 0, today: '2026-01-01' }, { expectedByToday: 0, ratio: 0, status: 'ON_TRACK' }],
    ['the whole target expected on 31 December', { target: 10, referred: 9, accepted: 9, today: '2026-12-31' }, { expectedByToday: 10, status: 'BEHIND' }],
    ['a past year is judged on the whole target', { target: 10, referred: 9, accepted: 9, today: '2027-02-01' }, { expectedByToday: 10, status: 'BEHIND' }],
    ['a future year expects nothing yet', { target: 10, referred: 0, accepted: 0, today: '2025-12-01' }, { expectedByToday: 0, status: 'ON_TRACK' }],
    ['a target of 0: no ratio, met', { target: 0, referred: 2, accepted: 1, today: '2026-06-01' }, { ratio: null, percent: null, status: 'MET' }],
    ['percent to one decimal', { target: 3, referred: 1, accepted: 1, today: '2026-01-02' }, { percent: 33.3, status: 'ON_TRACK' }],
    // Exact share: 365 × 73 / 365 = 73, not 72.99999.
    ['an exact pro-rata share is not lost to rounding', { target: 365, referred: 73, accepted: 73, today: '2026-03-14' }, { expectedByToday: 73, status: 'ON_TRACK' }],
  ])('%s', (_case, counts, expected) => {
    expect(quotaAttainment({ ...counts, year: 2026 })).toEqual(expect.objectContaining(expected));
  });

  it.each<['ACCEPTED' | 'REFERRED', number, string]>([
    ['ACCEPTED', 3, 'BEHIND'],
    ['REFERRED', 8, 'ON_TRACK'],
  ])('counts %s referrals when the policy says so', (quotaCounts, counted, status) => {
    const result = quotaAttainment({ target: 10, referred: 8, accepted: 3, year: 2026, today: '2026-07-01', policy: { quotaCounts } });
    expect(result).toEqual(expect.objectContaining({ counted, status }));
  });

  it.each([
    ['a negative target', { target: -1 }],
    ['a fractional count', { accepted: 1.5 }],
    ['a bad date', { today: '01/07/2026' }],
  ])('refuses %s', (_case, changes) => {
    expect(() => quotaAttainment({ target: 10, referred: 1, accepted: 1, year: 2026, today: '2026-07-01', ...changes })).toThrow(RangeError);
  });
});

describe('checkQuotaTarget (SOURCING.QUOTA_TARGET)', () => {
  it.each<[string, { year: number; target: number }, boolean]>([
    ['a target for 2026', { year: 2026, target: 12 }, true],
    ['zero', { year: 2025, target: 0 }, true],
    ['the last plan year', { year: 2030, target: 5 }, true],
    ['a negative target', { year: 2026, target: -1 }, false],
    ['a fractional target', { year: 2026, target: 2.5 }, false],
    ['a year before the plan', { year: 2024, target: 5 }, false],
    ['a year after the plan', { year: 2031, target: 5 }, false],
  ])('%s', (_case, quota, ok) => {
    if (ok) expect(() => checkQuotaTarget(quota)).not.toThrow();
    else expect(() => checkQuotaTarget(quota)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'SOURCING.QUOTA_TARGET' }));
  });

  it('throws an AppError', () => {
    expect(() => checkQuotaTarget({ year: 2040, target: 1 })).toThrow(AppError);
  });
});
