import { DEFAULT_EVALUATION_POLICY, type RatingPolicy } from './evaluation.policy';
import { outcomeOf } from './evaluation.fixtures';
import {
  checkExcellentCap,
  checkRecordedLevel,
  goodOrBetterShare,
  memberDevelopmentCriterion,
  type MemberDevelopmentFacts,
  planRatingCorrection,
  planRatingEdit,
  probationFacts,
  type QualityRating,
  type RatingLevel,
  ratingLevel,
  type ScoreInput,
  supervisorCriterion,
} from './rating.rules';

const score = (value: number, values: Partial<ScoreInput> = {}): ScoreInput => ({ score: value, allTasksDone: true, tasksExceededPercent: 30, ...values });
const levels = (counts: Partial<Record<RatingLevel, number>>): RatingLevel[] =>
  (Object.entries(counts) as [RatingLevel, number][]).flatMap(([level, n]) => Array<RatingLevel>(n).fill(level));

describe('ratingLevel (2025 rules, out of 100)', () => {
  it.each<[string, ScoreInput, string]>([
    ['100', score(100), 'EXCELLENT'],
    ['90, every task done, 30% exceeded', score(90), 'EXCELLENT'],
    ['90 with 29% exceeded', score(90, { tasksExceededPercent: 29 }), 'GOOD'],
    ['95 with a task not done', score(95, { allTasksDone: false }), 'GOOD'],
    ['89.5', score(89.5), 'GOOD'],
    ['70', score(70), 'GOOD'],
    ['69.9', score(69.9), 'COMPLETED'],
    ['50', score(50), 'COMPLETED'],
    ['49.9', score(49.9), 'NOT_COMPLETED'],
    ['0', score(0), 'NOT_COMPLETED'],
    ['101', score(101), 'BAD_USER_INPUT'],
    ['-1', score(-1), 'BAD_USER_INPUT'],
    ['NaN', score(Number.NaN), 'BAD_USER_INPUT'],
    ['exceeded above 100%', score(90, { tasksExceededPercent: 101 }), 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, value, expected) => {
    const outcome = outcomeOf(() => ratingLevel(value));
    expect(outcome === 'OK' ? ratingLevel(value) : outcome).toBe(expected);
  });

  it('follows the ward’s thresholds when it changes them', () => {
    const policy: RatingPolicy = { ...DEFAULT_EVALUATION_POLICY.rating, thresholds: { excellent: 95, good: 75, completed: 50 } };
    expect([ratingLevel(score(92), policy), ratingLevel(score(72), policy)]).toEqual(['GOOD', 'COMPLETED']);
  });
});

describe('checkRecordedLevel', () => {
  it.each<[string, RatingLevel, ScoreInput, string]>([
    ['the level the score gives', 'GOOD', score(80), 'OK'],
    ['Excellent without enough exceeded', 'EXCELLENT', score(92, { tasksExceededPercent: 10 }), 'EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED'],
    ['Excellent with a score of 85', 'EXCELLENT', score(85), 'EVALUATION.RATING_SCORE'],
    ['Good with a score of 65', 'GOOD', score(65), 'EVALUATION.RATING_SCORE'],
    ['Completed with a score of 80', 'COMPLETED', score(80), 'EVALUATION.RATING_SCORE'],
  ])('%s → %s', (_case, level, value, expected) => {
    expect(outcomeOf(() => checkRecordedLevel(level, value))).toBe(expected);
  });
});

describe('checkExcellentCap (20% of those rated Good, rounded down, per grassroots organisation)', () => {
  it.each<[string, Partial<Record<RatingLevel, number>>, string]>([
    ['10 Good, 2 Excellent', { GOOD: 10, EXCELLENT: 2 }, 'OK'],
    ['10 Good, 3 Excellent', { GOOD: 10, EXCELLENT: 3 }, 'EVALUATION.EXCELLENT_CAP'],
    ['14 Good, 2 Excellent (2.8 → 2)', { GOOD: 14, EXCELLENT: 2 }, 'OK'],
    ['14 Good, 3 Excellent', { GOOD: 14, EXCELLENT: 3 }, 'EVALUATION.EXCELLENT_CAP'],
    ['4 Good, 1 Excellent (0.8 → 0)', { GOOD: 4, EXCELLENT: 1 }, 'EVALUATION.EXCELLENT_CAP'],
    ['no Excellent', { GOOD: 1, COMPLETED: 3 }, 'OK'],
  ])('%s → %s', (_case, counts, expected) => {
    expect(outcomeOf(() => checkExcellentCap(levels(counts)))).toBe(expected);
  });

  it('counts Excellent in the base when the ward says Good or better, and has no cap when it says none', () => {
    const orBetter: RatingPolicy = { ...DEFAULT_EVALUATION_POLICY.rating, excellentCap: { percent: 20, capBase: 'GOOD_OR_BETTER' } };
    expect(outcomeOf(() => checkExcellentCap(levels({ GOOD: 8, EXCELLENT: 2 }), orBetter))).toBe('OK');
    expect(outcomeOf(() => checkExcellentCap(levels({ GOOD: 8, EXCELLENT: 2 })))).toBe('EVALUATION.EXCELLENT_CAP');
    expect(outcomeOf(() => checkExcellentCap(levels({ EXCELLENT: 5 }), { ...orBetter, excellentCap: null }))).toBe('OK');
  });
});

describe('goodOrBetterShare (the plan: more than 90%)', () => {
  it.each<[string, Partial<Record<RatingLevel, number>>, number | null, boolean]>([
    ['9 of 10: exactly 90% is not more', { GOOD: 8, EXCELLENT: 1, COMPLETED: 1 }, 90, false],
    ['10 of 11', { GOOD: 10, COMPLETED: 1 }, 90.9, true],
    ['27 of 30', { GOOD: 27, NOT_COMPLETED: 3 }, 90, false],
    ['all', { GOOD: 3 }, 100, true],
    ['none rated', {}, null, false],
  ])('%s → %p%%, goal met: %p', (_case, counts, percent, meetsGoal) => {
    expect(goodOrBetterShare(levels(counts))).toMatchObject({ percent, meetsGoal });
  });
});

describe('memberDevelopmentCriterion (configurable points: 6 targets, 2 probationers, 2 annulments)', () => {
  const facts = (values: Partial<MemberDevelopmentFacts>): MemberDevelopmentFacts => ({
    attainment: 'MET',
    probationersDue: 2,
    recognisedOnTime: 2,
    annulled: 0,
    ...values,
  });
  it.each<[string, Partial<MemberDevelopmentFacts>, number]>([
    ['everything met', {}, 10],
    ['exempt counts as met', { attainment: 'EXEMPT' }, 10],
    ['behind its targets', { attainment: 'BEHIND' }, 4],
    ['a probationer recognised late', { recognisedOnTime: 1 }, 8],
    ['no probationer due', { probationersDue: 0, recognisedOnTime: 0 }, 10],
    ['an admission annulled', { annulled: 1 }, 8],
    ['nothing met', { attainment: 'BEHIND', recognisedOnTime: 0, annulled: 2 }, 0],
  ])('%s → %i of 10', (_case, values, points) => {
    expect(memberDevelopmentCriterion(facts(values))).toMatchObject({ points, of: 10 });
  });

  it('rolls up to the supervising committee member as the mean of the units, counting missing reviews', () => {
    const units = [memberDevelopmentCriterion(facts({})), memberDevelopmentCriterion(facts({ attainment: 'BEHIND' })), memberDevelopmentCriterion(facts({ annulled: 1 }))];
    expect(supervisorCriterion(units, 2)).toEqual({ points: 7.3, of: 10, units: 3, missingReviews: 2 });
    expect(supervisorCriterion(units, 2, { ...DEFAULT_EVALUATION_POLICY.rating, pointsPerMissingReview: 0.5 })).toEqual({ points: 6.3, of: 10, units: 3, missingReviews: 2 });
    expect(supervisorCriterion(units, 40, { ...DEFAULT_EVALUATION_POLICY.rating, pointsPerMissingReview: 0.5 })?.points).toBe(0);
    expect(supervisorCriterion([], 0)).toBeNull();
  });
});

describe('planRatingEdit and planRatingCorrection', () => {
  const AT = new Date('2027-01-20T02:00:00Z');
  const rating = (confirmedAt: Date | null): QualityRating => ({
    ratingId: 'r1',
    subjectKind: 'ORGANISATION',
    subjectId: 'C1',
    year: 2026,
    score: 82,
    level: 'GOOD',
    confirmedAt,
  });

  it('edits a draft freely', () => {
    expect(planRatingEdit(rating(null), score(65))).toMatchObject({ score: 65, level: 'COMPLETED' });
    expect(planRatingCorrection(rating(null), { ...score(65), reason: '' }, { actorId: 'b1', at: AT }).correction).toBeNull();
  });

  it('refuses to edit a confirmed rating silently', () => {
    expect(outcomeOf(() => planRatingEdit(rating(AT), score(65)))).toBe('EVALUATION.RATING_CONFIRMED');
  });

  it('corrects a confirmed rating keeping the old value, who, when and why', () => {
    expect(planRatingCorrection(rating(AT), { ...score(91), reason: ' Kết luận BTV 12/2027 ' }, { actorId: 'btv-1', at: AT })).toEqual({
      rating: { ...rating(AT), score: 91, level: 'EXCELLENT' },
      correction: {
        ratingId: 'r1',
        from: { score: 82, level: 'GOOD' },
        to: { score: 91, level: 'EXCELLENT' },
        correctedBy: 'btv-1',
        correctedAt: AT,
        reason: 'Kết luận BTV 12/2027',
      },
    });
  });

  it.each<[string, string]>([
    ['', 'EVALUATION.RATING_CORRECTION_NEEDS_REASON'],
    ['   ', 'EVALUATION.RATING_CORRECTION_NEEDS_REASON'],
    ['Kết luận BTV', 'OK'],
  ])('a correction with the reason %j → %s', (reason, expected) => {
    expect(outcomeOf(() => planRatingCorrection(rating(AT), { ...score(60), reason }, { actorId: 'btv-1', at: AT }))).toBe(expected);
  });
});

describe('probationFacts (PROBATIONERS_RECOGNISED_ON_TIME)', () => {
  it.each<[string, { admittedOn: string; recognisedOn: string | null }[], { probationersDue: number; recognisedOnTime: number }]>([
    ['none admitted the year before', [], { probationersDue: 0, recognisedOnTime: 0 }],
    ['recognised on the last day of the grace', [{ admittedOn: '2025-03-10', recognisedOn: '2026-06-08' }], { probationersDue: 1, recognisedOnTime: 1 }],
    ['recognised a day late', [{ admittedOn: '2025-03-10', recognisedOn: '2026-06-09' }], { probationersDue: 1, recognisedOnTime: 0 }],
    ['not yet recognised', [{ admittedOn: '2025-03-10', recognisedOn: null }], { probationersDue: 1, recognisedOnTime: 0 }],
    ['12 months ending next year', [{ admittedOn: '2026-02-01', recognisedOn: null }], { probationersDue: 0, recognisedOnTime: 0 }],
    ['12 months that ended last year', [{ admittedOn: '2024-11-01', recognisedOn: '2026-01-10' }], { probationersDue: 0, recognisedOnTime: 0 }],
  ])('%s', (_case, records, expected) => {
    expect(probationFacts(records, 2026)).toEqual(expected);
  });
});
