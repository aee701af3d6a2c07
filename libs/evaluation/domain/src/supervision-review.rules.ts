import { addMonths, type LocalDate, parseReportingPeriodKey, periodsOverlap, reportingPeriodKey, reportingPeriodOf, reportingPeriodRange } from '@pdv/calendar';
import { Problems, ruleViolation } from '@pdv/errors';
import { EVALUATION_RULES as R } from './evaluation.rules';

/**
 * A ward committee member's assignment to supervise an organisation, as the organisation
 * service announces it (organisation.supervision.assigned / .ended): the half-open days
 * [validFrom, validTo).
 */
export interface SupervisionAssignment {
  assignmentId: string;
  committeeMemberId: string;
  organisationId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

/** A month as progress keys it (`2026-M07`); null for anything else. */
export function parseMonthKey(key: string): { from: LocalDate; to: LocalDate; year: number } | null {
  const period = parseReportingPeriodKey(key);
  if (period?.kind !== 'MONTH') return null;
  return { ...reportingPeriodRange(period), year: period.year };
}

/** The month before the one `today` is in: the month whose reviews are due by now. */
export function previousMonthKey(today: LocalDate): string {
  return reportingPeriodKey(reportingPeriodOf('MONTH', addMonths(`${today.slice(0, 7)}-01`, -1)));
}

/** Every month key of a year, January first. */
export function monthKeysOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => reportingPeriodKey({ kind: 'MONTH', year, index: i + 1 }));
}

/** Whether the assignment covers at least one day of the month. */
export function assignmentCoversMonth(assignment: Pick<SupervisionAssignment, 'validFrom' | 'validTo'>, monthKey: string): boolean {
  const month = parseMonthKey(monthKey);
  return month !== null && periodsOverlap(assignment.validFrom, assignment.validTo, month.from, month.to);
}

export interface SupervisionReviewInput {
  organisationId: string;
  month: string;
  /** What the committee member saw of the unit's member-development work against its targets. */
  observed: string;
  problems: string | null;
  /** What was agreed with the unit, and by when. */
  agreed: string | null;
  agreedBy: LocalDate | null;
}

/**
 * May this committee member record the month's review of this unit? The month is not a
 * future one (EVALUATION.SUPERVISION_REVIEW_MONTH), and one of their assignments covers the
 * unit in that month (EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER); what was agreed is
 * due on or after the month began.
 */
export function checkSupervisionReview(
  input: SupervisionReviewInput,
  committeeMemberId: string,
  assignments: readonly SupervisionAssignment[],
  today: LocalDate,
): void {
  const month = parseMonthKey(input.month);
  const problems = new Problems();
  if (month === null) problems.add('input.month', 'must be a month written like 2026-M07');
  else if (input.agreedBy !== null && input.agreedBy < month.from) problems.add('input.agreedBy', 'must not be before the month reviewed');
  problems.throwIfAny();
  if (month === null) return;
  if (month.from > today) {
    throw ruleViolation(R['EVALUATION.SUPERVISION_REVIEW_MONTH'], `${input.month} has not begun.`, { month: input.month });
  }
  const covering = assignments.some((a) => a.committeeMemberId === committeeMemberId && a.organisationId === input.organisationId && assignmentCoversMonth(a, input.month));
  if (!covering) {
    throw ruleViolation(R['EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER'], `No assignment covers this organisation in ${input.month}.`, {
      organisationId: input.organisationId,
      month: input.month,
    });
  }
}

/** A review as kept: which unit, which month, by whom. */
export interface ReviewKey {
  organisationId: string;
  committeeMemberId: string;
  month: string;
}

/**
 * The reviews missing for a month: each (committee member, unit) pair an assignment covers in
 * the month with no review from that member. A unit handed from one member to another in the
 * month is owed a review by each (both supervised it that month).
 */
export function missingReviews(assignments: readonly SupervisionAssignment[], reviews: readonly ReviewKey[], month: string): ReviewKey[] {
  const done = new Set(reviews.filter((r) => r.month === month).map((r) => `${r.committeeMemberId}|${r.organisationId}`));
  const owed = new Map<string, ReviewKey>();
  for (const a of assignments) {
    if (!assignmentCoversMonth(a, month)) continue;
    const key = `${a.committeeMemberId}|${a.organisationId}`;
    if (!done.has(key)) owed.set(key, { organisationId: a.organisationId, committeeMemberId: a.committeeMemberId, month });
  }
  return [...owed.values()].sort((x, y) => x.committeeMemberId.localeCompare(y.committeeMemberId) || x.organisationId.localeCompare(y.organisationId));
}

/**
 * How many monthly reviews a committee member owed in a year and left missing, over the months
 * that have ended by `today` (the current month is still open): what the year-end roll-up counts.
 */
export function missingReviewsInYear(
  committeeMemberId: string,
  assignments: readonly SupervisionAssignment[],
  reviews: readonly ReviewKey[],
  year: number,
  today: LocalDate,
): number {
  const mine = assignments.filter((a) => a.committeeMemberId === committeeMemberId);
  const ended = monthKeysOf(year).filter((key) => (parseMonthKey(key) as { to: LocalDate }).to <= today);
  return ended.reduce((sum, month) => sum + missingReviews(mine, reviews, month).length, 0);
}

/** The units a committee member supervised on at least one day of a year. */
export function unitsSupervisedInYear(committeeMemberId: string, assignments: readonly SupervisionAssignment[], year: number): string[] {
  const units = assignments
    .filter((a) => a.committeeMemberId === committeeMemberId && periodsOverlap(a.validFrom, a.validTo, `${year}-01-01`, `${year + 1}-01-01`))
    .map((a) => a.organisationId);
  return [...new Set(units)].sort();
}
