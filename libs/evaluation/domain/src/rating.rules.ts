import { addDays, type LocalDate, monthsReachedOn, yearOf } from '@pdv/calendar';
import { Problems, ruleViolation } from '@pdv/errors';
import type { AttainmentStatus } from './attainment';
import { DEFAULT_EVALUATION_POLICY, type RatingPolicy } from './evaluation.policy';
import { EVALUATION_RULES as R } from './evaluation.rules';

/** The four levels, best first (hoàn thành xuất sắc, hoàn thành tốt, hoàn thành, không hoàn thành). */
export const RATING_LEVELS = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export interface ScoreInput {
  /** Out of 100. */
  score: number;
  allTasksDone: boolean;
  /** Percentage (0–100) of the tasks exceeded. */
  tasksExceededPercent: number;
}

function checkScoreInput(input: ScoreInput): void {
  const problems = new Problems();
  if (!Number.isFinite(input.score) || input.score < 0 || input.score > 100) problems.add('input.score', 'must be a number from 0 to 100');
  if (!Number.isFinite(input.tasksExceededPercent) || input.tasksExceededPercent < 0 || input.tasksExceededPercent > 100) {
    problems.add('input.tasksExceededPercent', 'must be a number from 0 to 100');
  }
  problems.throwIfAny();
}

/**
 * The level a score gives (EVALUATION.RATING_SCORE, 2025 rules): Excellent from 90 with every
 * task done and ≥ 30% exceeded (else Good: EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED), Good
 * from 70, Completed from 50, Not completed below. Thresholds are the ward's policy.
 */
export function ratingLevel(input: ScoreInput, policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating): RatingLevel {
  checkScoreInput(input);
  const { excellent, good, completed } = policy.thresholds;
  if (input.score >= excellent && input.allTasksDone && input.tasksExceededPercent >= policy.excellentExceededPercent) return 'EXCELLENT';
  if (input.score >= good) return 'GOOD';
  if (input.score >= completed) return 'COMPLETED';
  return 'NOT_COMPLETED';
}

/**
 * A level the board asks for is the one the score gives: a higher one breaks the rule it
 * needs (the tasks for Excellent, the score for the rest), so levels and scores never disagree.
 */
export function checkRecordedLevel(level: RatingLevel, input: ScoreInput, policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating): RatingLevel {
  const computed = ratingLevel(input, policy);
  if (level === computed) return level;
  if (level === 'EXCELLENT' && input.score >= policy.thresholds.excellent) {
    throw ruleViolation(R['EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED'], `All tasks done: ${input.allTasksDone ? 'yes' : 'no'}; exceeded: ${input.tasksExceededPercent}%.`, {
      tasksExceededPercent: input.tasksExceededPercent,
    });
  }
  throw ruleViolation(R['EVALUATION.RATING_SCORE'], `A score of ${input.score} gives ${computed}, not ${level}.`, { score: input.score, level: computed });
}

/**
 * The Excellent cap within one grassroots organisation (EVALUATION.EXCELLENT_CAP): at most the
 * policy's percentage of those rated Good (or Good or better), rounded down — 10 Good allow
 * 2 Excellent, 4 Good allow none. Checked on the organisation's ratings as they would stand.
 */
export function checkExcellentCap(levels: readonly RatingLevel[], policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating): void {
  if (policy.excellentCap === null) return;
  const excellent = levels.filter((l) => l === 'EXCELLENT').length;
  const base = levels.filter((l) => l === 'GOOD' || (policy.excellentCap?.capBase === 'GOOD_OR_BETTER' && l === 'EXCELLENT')).length;
  const allowed = Math.floor((policy.excellentCap.percent * base) / 100);
  if (excellent > allowed) {
    throw ruleViolation(R['EVALUATION.EXCELLENT_CAP'], `${excellent} rated Excellent; ${allowed} allowed for ${base} rated ${policy.excellentCap.capBase === 'GOOD' ? 'Good' : 'Good or better'}.`, {
      excellent,
      allowed,
      base,
    });
  }
}

/** The share rated Good or better against the plan's goal (EVALUATION.GOOD_OR_BETTER_GOAL): strictly more than 90%. */
export function goodOrBetterShare(
  levels: readonly RatingLevel[],
  policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating,
): { rated: number; goodOrBetter: number; percent: number | null; meetsGoal: boolean } {
  const rated = levels.length;
  const goodOrBetter = levels.filter((l) => l === 'EXCELLENT' || l === 'GOOD').length;
  return {
    rated,
    goodOrBetter,
    percent: rated === 0 ? null : Math.round((goodOrBetter * 1000) / rated) / 10,
    meetsGoal: rated > 0 && goodOrBetter * 100 > policy.goodOrBetterGoalPercent * rated,
  };
}

/** The facts of a unit's year the member-development criterion is computed from. */
export interface MemberDevelopmentFacts {
  /** The unit's attainment of its targets for the year; EXEMPT counts as met. */
  attainment: AttainmentStatus;
  /** Probationers whose 12 months ended in the year, and of them those recognised within the deadline. */
  probationersDue: number;
  recognisedOnTime: number;
  /** Admissions of the unit annulled in the year. */
  annulled: number;
}

export interface CriterionPart {
  part: 'TARGETS_MET' | 'PROBATIONERS_RECOGNISED_ON_TIME' | 'NO_ADMISSION_ANNULLED';
  met: boolean;
  points: number;
  of: number;
}

export interface MemberDevelopmentCriterion {
  points: number;
  of: number;
  parts: CriterionPart[];
}

/** A probationer's way through probation, as the progress read model has it. */
export interface ProbationRecord {
  /** The ceremony: probation starts on it. */
  admittedOn: LocalDate;
  /** The committee's decision recognising the member official, or null. */
  recognisedOn: LocalDate | null;
}

/**
 * The probationers whose 12 months ended in the year, and of them those whose recognition
 * was decided within the policy's grace after the 12 months (recognitionGraceDays): the
 * facts of the PROBATIONERS_RECOGNISED_ON_TIME part.
 */
export function probationFacts(
  records: readonly ProbationRecord[],
  year: number,
  policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating,
): Pick<MemberDevelopmentFacts, 'probationersDue' | 'recognisedOnTime'> {
  let probationersDue = 0;
  let recognisedOnTime = 0;
  for (const record of records) {
    const ends = monthsReachedOn(record.admittedOn, 12);
    if (yearOf(ends) !== year) continue;
    probationersDue += 1;
    if (record.recognisedOn !== null && record.recognisedOn <= addDays(ends, policy.recognitionGraceDays)) recognisedOnTime += 1;
  }
  return { probationersDue, recognisedOnTime };
}

/**
 * A unit's member-development criterion (EVALUATION.MEMBER_DEVELOPMENT_CRITERION): each part
 * met earns its points, all or nothing. With no probationer due, that part is met.
 */
export function memberDevelopmentCriterion(facts: MemberDevelopmentFacts, policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating): MemberDevelopmentCriterion {
  const p = policy.memberDevelopment;
  const parts = (
    [
    { part: 'TARGETS_MET', met: facts.attainment !== 'BEHIND', of: p.targetsMet, points: 0 },
    { part: 'PROBATIONERS_RECOGNISED_ON_TIME', met: facts.recognisedOnTime >= facts.probationersDue, of: p.probationersRecognisedOnTime, points: 0 },
    { part: 'NO_ADMISSION_ANNULLED', met: facts.annulled === 0, of: p.noAdmissionAnnulled, points: 0 },
    ] satisfies CriterionPart[]
  ).map((part): CriterionPart => ({ ...part, points: part.met ? part.of : 0 }));
  return { points: parts.reduce((s, x) => s + x.points, 0), of: parts.reduce((s, x) => s + x.of, 0), parts };
}

/**
 * A supervising committee member's criterion: the mean of the units they supervised in the
 * year (one decimal), less the policy's points per missing monthly review, never below 0; null
 * with no unit supervised. A unit's leader carries the unit's own criterion unchanged.
 */
export function supervisorCriterion(
  units: readonly MemberDevelopmentCriterion[],
  missingReviews: number,
  policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating,
): { points: number; of: number; units: number; missingReviews: number } | null {
  if (units.length === 0) return null;
  const of = units[0].of;
  const mean = units.reduce((s, u) => s + u.points, 0) / units.length;
  const points = Math.max(0, Math.round((mean - missingReviews * policy.pointsPerMissingReview) * 10) / 10);
  return { points, of, units: units.length, missingReviews };
}

/** A year-end rating as kept: the score, the level it gives, and whether the standing committee confirmed it. */
export interface QualityRating {
  ratingId: string;
  subjectKind: 'ORGANISATION' | 'MEMBER';
  subjectId: string;
  year: number;
  score: number;
  level: RatingLevel;
  confirmedAt: Date | null;
}

export interface RatingCorrection {
  ratingId: string;
  from: { score: number; level: RatingLevel };
  to: { score: number; level: RatingLevel };
  correctedBy: string;
  correctedAt: Date;
  reason: string;
}

/** An edit before confirmation; a confirmed rating is only corrected (EVALUATION.RATING_CONFIRMED). */
export function planRatingEdit(rating: QualityRating, input: ScoreInput, policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating): QualityRating {
  if (rating.confirmedAt !== null) throw ruleViolation(R['EVALUATION.RATING_CONFIRMED'], undefined, { ratingId: rating.ratingId });
  return { ...rating, score: input.score, level: ratingLevel(input, policy) };
}

/**
 * A correction of a confirmed rating: the new score and level, with the old value, who, when
 * and why kept (an unconfirmed rating is simply edited, with no correction record) (EVALUATION.RATING_CORRECTION_NEEDS_REASON when no reason is given).
 */
export function planRatingCorrection(
  rating: QualityRating,
  input: ScoreInput & { reason: string },
  by: { actorId: string; at: Date },
  policy: RatingPolicy = DEFAULT_EVALUATION_POLICY.rating,
): { rating: QualityRating; correction: RatingCorrection | null } {
  const level = ratingLevel(input, policy);
  // Before confirmation there is nothing to keep: the board is still drafting.
  if (rating.confirmedAt === null) return { rating: planRatingEdit(rating, input, policy), correction: null };
  const reason = input.reason.normalize('NFC').trim();
  if (reason === '') throw ruleViolation(R['EVALUATION.RATING_CORRECTION_NEEDS_REASON'], undefined, { ratingId: rating.ratingId });
  return {
    rating: { ...rating, score: input.score, level },
    correction: {
      ratingId: rating.ratingId,
      from: { score: rating.score, level: rating.level },
      to: { score: input.score, level },
      correctedBy: by.actorId,
      correctedAt: by.at,
      reason,
    },
  };
}
