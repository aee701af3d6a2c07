import { isDueForReview, nextReviewDate, reviewDueDate, type ReviewableCandidate } from './index';

describe('reviewDueDate: one calendar month later', () => {
  it.each([
    ['2026-03-15', '2026-04-15'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-15', '2027-01-15'],
    ['2026-12-31', '2027-01-31'],
    ['2026-02-28', '2026-03-28'],
  ])('%s → %s', (from, due) => {
    expect(reviewDueDate(from)).toBe(due);
  });

  it.each([
    [2, '2026-01-31', '2026-03-31'],
    [3, '2025-11-30', '2026-02-28'],
  ])('with a policy interval of %i months: %s → %s', (months, from, due) => {
    expect(reviewDueDate(from, { reviewIntervalMonths: months })).toBe(due);
  });
});

describe('isDueForReview', () => {
  const pool = (changes: Partial<ReviewableCandidate>): ReviewableCandidate => ({
    status: 'IN_SOURCE_POOL',
    acceptedOn: '2026-01-31',
    lastReviewedOn: null,
    ...changes,
  });

  it.each<[string, ReviewableCandidate, string, boolean, string | null]>([
    ['never reviewed, a day before the month is up', pool({}), '2026-02-27', false, '2026-02-28'],
    ['never reviewed, the month is up (clamped to 28 Feb)', pool({}), '2026-02-28', true, '2026-02-28'],
    ['never reviewed, overdue', pool({}), '2026-04-01', true, '2026-02-28'],
    ['reviewed since', pool({ lastReviewedOn: '2026-03-10' }), '2026-04-09', false, '2026-04-10'],
    ['reviewed since, due', pool({ lastReviewedOn: '2026-03-10' }), '2026-04-10', true, '2026-04-10'],
    ['re-accepted after an older review', pool({ acceptedOn: '2026-03-01', lastReviewedOn: '2025-11-01' }), '2026-03-20', false, '2026-04-01'],
    ['in training', pool({ status: 'IN_TRAINING' }), '2026-03-01', true, '2026-02-28'],
    ['trained', pool({ status: 'TRAINED' }), '2026-03-01', true, '2026-02-28'],
    ['in admission', pool({ status: 'IN_ADMISSION' }), '2026-03-01', true, '2026-02-28'],
    ['referred, not yet accepted', pool({ status: 'REFERRED', acceptedOn: null }), '2026-03-01', false, null],
    ['declined', pool({ status: 'DECLINED' }), '2026-03-01', false, null],
    ['admitted', pool({ status: 'ADMITTED' }), '2026-03-01', false, null],
    ['withdrawn', pool({ status: 'WITHDRAWN' }), '2026-03-01', false, null],
  ])('%s', (_case, candidate, today, due, next) => {
    expect(isDueForReview(candidate, today)).toBe(due);
    expect(nextReviewDate(candidate)).toBe(next);
  });
});
