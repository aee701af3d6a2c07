import { outcomeOf } from './evaluation.fixtures';
import {
  assignmentCoversMonth,
  checkSupervisionReview,
  missingReviews,
  missingReviewsInYear,
  previousMonthKey,
  type SupervisionAssignment,
  type SupervisionReviewInput,
  unitsSupervisedInYear,
} from './supervision-review.rules';

const assignment = (committeeMemberId: string, organisationId: string, validFrom: string, validTo: string | null = null): SupervisionAssignment => ({
  assignmentId: `${committeeMemberId}-${organisationId}-${validFrom}`,
  committeeMemberId,
  organisationId,
  validFrom,
  validTo,
});

// K1 supervises C1 all year and C2 until 15 May; K2 takes C2 over from 15 May.
const ASSIGNMENTS = [assignment('K1', 'C1', '2026-01-01'), assignment('K1', 'C2', '2026-01-01', '2026-05-15'), assignment('K2', 'C2', '2026-05-15')];

describe('months of supervision', () => {
  it.each<[string, string]>([
    ['2026-07-15', '2026-M06'],
    ['2026-01-03', '2025-M12'],
    ['2026-03-31', '2026-M02'],
  ])('on %s the reviews due are those of %s', (today, month) => {
    expect(previousMonthKey(today)).toBe(month);
  });

  it.each<[string, SupervisionAssignment, string, boolean]>([
    ['all year', ASSIGNMENTS[0], '2026-M12', true],
    ['ended mid-May, in May', ASSIGNMENTS[1], '2026-M05', true],
    ['ended mid-May, in June', ASSIGNMENTS[1], '2026-M06', false],
    ['ended on 1 June (half-open), in June', assignment('K', 'C', '2026-01-01', '2026-06-01'), '2026-M06', false],
    ['from mid-May, in April', ASSIGNMENTS[2], '2026-M04', false],
    ['not a month', ASSIGNMENTS[0], '2026-Q2', false],
  ])('an assignment %s covers %s: %s', (_case, a, month, covers) => {
    expect(assignmentCoversMonth(a, month)).toBe(covers);
  });
});

describe('checkSupervisionReview', () => {
  const review = (values: Partial<SupervisionReviewInput> = {}): SupervisionReviewInput => ({
    organisationId: 'C2',
    month: '2026-M06',
    observed: 'Hai quần chúng đang học lớp nhận thức',
    problems: null,
    agreed: 'Lập hồ sơ kết nạp',
    agreedBy: '2026-08-31',
    ...values,
  });
  it.each<[string, string, SupervisionReviewInput, string]>([
    ['the assigned member, last month', 'K2', review(), 'OK'],
    ['the assigned member, this month', 'K2', review({ month: '2026-M07' }), 'OK'],
    ['the member before the hand-over, in May', 'K1', review({ month: '2026-M05' }), 'OK'],
    ['the member before the hand-over, in June', 'K1', review(), 'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER'],
    ['another unit', 'K2', review({ organisationId: 'C1' }), 'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER'],
    ['next month', 'K2', review({ month: '2026-M08' }), 'EVALUATION.SUPERVISION_REVIEW_MONTH'],
    ['a quarter', 'K2', review({ month: '2026-Q2' }), 'BAD_USER_INPUT'],
    ['agreed by a day before the month', 'K2', review({ agreedBy: '2026-05-31' }), 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, member, input, expected) => {
    expect(outcomeOf(() => checkSupervisionReview(input, member, ASSIGNMENTS, '2026-07-15'))).toBe(expected);
  });
});

describe('missing reviews', () => {
  const reviews = [
    { committeeMemberId: 'K1', organisationId: 'C1', month: '2026-M05' },
    { committeeMemberId: 'K1', organisationId: 'C2', month: '2026-M05' },
  ];

  it('names each unit an assignment covers in the month with no review from its supervisor; a hand-over month is owed by both', () => {
    expect(missingReviews(ASSIGNMENTS, reviews, '2026-M05')).toEqual([{ committeeMemberId: 'K2', organisationId: 'C2', month: '2026-M05' }]);
    expect(missingReviews(ASSIGNMENTS, reviews, '2026-M06')).toEqual([
      { committeeMemberId: 'K1', organisationId: 'C1', month: '2026-M06' },
      { committeeMemberId: 'K2', organisationId: 'C2', month: '2026-M06' },
    ]);
  });

  it.each<[string, string, number]>([
    // Jan–Jun ended by 15 July: C1 owed 6, reviewed once; C2 owed Jan–May, reviewed once.
    ['K1', '2026-07-15', 5 + 4],
    // C2 from mid-May: May and June owed, none done.
    ['K2', '2026-07-15', 2],
    // The year over: C1 owed 12 (11 missing), C2 still 4.
    ['K1', '2027-01-01', 11 + 4],
  ])('counts %s’s missing reviews of the year on %s: %i', (member, today, count) => {
    expect(missingReviewsInYear(member, ASSIGNMENTS, reviews, 2026, today)).toBe(count);
  });

  it('lists the units a member supervised on any day of a year', () => {
    expect(unitsSupervisedInYear('K1', ASSIGNMENTS, 2026)).toEqual(['C1', 'C2']);
    expect(unitsSupervisedInYear('K2', ASSIGNMENTS, 2026)).toEqual(['C2']);
    expect(unitsSupervisedInYear('K2', ASSIGNMENTS, 2025)).toEqual([]);
  });
});
