import { certificateNumber, certificateStandingOn, certificateValidUntil, isCertificateValidOn, planIssueDateCorrection, renewalOpensOn } from './certificate.rules';
import { DEFAULT_TRAINING_POLICY } from './training.policy';
import { outcomeOf } from './training.fixtures';

describe('certificate validity (60 months; the last valid day is the day before the same date 60 months later)', () => {
  it.each([
    ['2021-03-10', 60, '2026-03-09'],
    ['2021-01-31', 60, '2026-01-30'],
    ['2021-12-31', 60, '2026-12-30'],
    ['2021-03-01', 60, '2026-02-28'],
    ['2024-03-01', 60, '2029-02-28'],
    ['2023-03-01', 12, '2024-02-29'],
    ['2024-02-29', 60, '2029-02-28'],
    ['2024-02-29', 48, '2028-02-28'],
    ['2021-08-31', 6, '2022-02-28'],
  ])('issued %s, %i months: valid up to %s', (issuedOn, months, validUntil) => {
    expect(certificateValidUntil(issuedOn, months)).toBe(validUntil);
  });

  const issued = { status: 'VALID' as const, issuedOn: '2021-03-10', validUntil: certificateValidUntil('2021-03-10', 60) };
  it.each<[string, typeof issued, string, boolean, string]>([
    ['the last valid day', issued, '2026-03-09', true, 'VALID'],
    ['the same date 60 months later', issued, '2026-03-10', false, 'EXPIRED'],
    ['the issue date', issued, '2021-03-10', true, 'VALID'],
    ['the day before issue', issued, '2021-03-09', false, 'NOT_YET_VALID'],
    ['an invalidated certificate within its term', { ...issued, status: 'INVALIDATED' as never }, '2023-01-01', false, 'INVALIDATED'],
  ])('on %s', (_case, certificate, date, valid, standing) => {
    expect(isCertificateValidOn(certificate, date)).toBe(valid);
    expect(certificateStandingOn(certificate, date)).toBe(standing);
  });

  it.each([
    ['2026-03-09', 6, '2025-09-10'],
    ['2029-02-28', 6, '2028-09-01'],
    ['2026-08-30', 6, '2026-02-28'],
  ])('valid up to %s: renewal within %i months opens on %s', (validUntil, months, opens) => {
    expect(renewalOpensOn(validUntil, months)).toBe(opens);
  });

  it('numbers certificates per institution and year', () => {
    expect(certificateNumber('TTCT-Q1', 2026, 7)).toBe('TTCT-Q1/2026/0007');
    expect(certificateNumber('TTCT-Q1', 2026, 12345)).toBe('TTCT-Q1/2026/12345');
  });
});

describe('issue-date correction', () => {
  const certificate = { kind: 'AWARENESS' as const, status: 'VALID' as const, issuedOn: '2026-09-15', validUntil: '2031-09-14' };
  const facts = { today: '2026-09-20', lastSessionOn: '2026-09-11', policy: DEFAULT_TRAINING_POLICY };

  it('recomputes the last valid day from the corrected date', () => {
    expect(planIssueDateCorrection(certificate, '2026-09-12', facts)).toEqual({ issuedOn: '2026-09-12', validUntil: '2031-09-11' });
  });

  it.each<[string, string, Partial<typeof certificate>, string]>([
    ['the day of the last session', '2026-09-11', {}, 'OK'],
    ['today', '2026-09-20', {}, 'OK'],
    ['before the last session', '2026-09-10', {}, 'TRAINING.ISSUE_DATE'],
    ['in the future', '2026-09-21', {}, 'TRAINING.ISSUE_DATE'],
    ['an invalidated certificate', '2026-09-12', { status: 'INVALIDATED' as never }, 'TRAINING.CERTIFICATE_INVALIDATED'],
  ])('%s → %s', (_case, date, overrides, expected) => {
    expect(outcomeOf(() => planIssueDateCorrection({ ...certificate, ...overrides }, date, facts))).toBe(expected);
  });
});
