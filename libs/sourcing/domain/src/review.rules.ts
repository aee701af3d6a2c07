import { NURTURED_STATUSES } from './candidate-status.rules';
import { addMonths, isLocalDate } from '@pdv/calendar';
import type { CandidateStatus } from './sourcing.enums';
import { DEFAULT_SOURCING_POLICY, type SourcingPolicy } from './sourcing.policy';

/**
 * Cells review each candidate they nurture monthly (DOMAIN.md, pipeline step 2): the next
 * review is due one calendar month after the last one, or after acceptance if there was
 * none. "One month later" keeps the day of the month, or the month's last day when it has
 * no such day (31 January → 28/29 February).
 */
export function reviewDueDate(lastReviewedOrAcceptedOn: string, policy: Pick<SourcingPolicy, 'reviewIntervalMonths'> = DEFAULT_SOURCING_POLICY): string {
  return addMonths(lastReviewedOrAcceptedOn, policy.reviewIntervalMonths);
}

export interface ReviewableCandidate {
  status: CandidateStatus;
  /** YYYY-MM-DD, null until accepted into the source pool. */
  acceptedOn: string | null;
  lastReviewedOn: string | null;
}

/** The date the next review is due, or null for a candidate the cell is not nurturing. */
export function nextReviewDate(
  candidate: ReviewableCandidate,
  policy: Pick<SourcingPolicy, 'reviewIntervalMonths'> = DEFAULT_SOURCING_POLICY,
): string | null {
  if (!NURTURED_STATUSES.includes(candidate.status)) return null;
  // The later of the two: a candidate re-accepted after a decline starts a new cycle.
  const dates = [candidate.acceptedOn, candidate.lastReviewedOn].filter(isLocalDate).sort();
  const base = dates[dates.length - 1];
  return base === undefined ? null : reviewDueDate(base, policy);
}

/** True when a nurtured candidate's review is due on or before `today` (YYYY-MM-DD). */
export function isDueForReview(
  candidate: ReviewableCandidate,
  today: string,
  policy: Pick<SourcingPolicy, 'reviewIntervalMonths'> = DEFAULT_SOURCING_POLICY,
): boolean {
  const due = nextReviewDate(candidate, policy);
  return due !== null && due <= today;
}
