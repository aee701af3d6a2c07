import { isLocalDate } from '@pdv/calendar';
import { checkOptionalText, checkRequiredText, Problems } from '@pdv/errors';
import { parseYear } from '@pdv/graphql';
import type { SourcingPolicy, WithdrawalReason } from '@pdv/sourcing-domain';
import type { CandidateFilterInput, ReassignCandidateCellInput, RecordCandidateReviewInput, WithdrawCandidateInput } from './candidate.input';
import type { CandidateFilter } from './candidate.queries';

/**
 * GraphQL inputs → candidate commands. Bounds that are the ward's policy (the longest reason)
 * come in with the policy; whether the reason suffices (OTHER needs a note) is a Charter rule
 * the service checks.
 */

export const MAX_ASSESSMENT_LENGTH = 2_000;

export type Reasons = Pick<SourcingPolicy, 'maxReasonLength'>;

export interface WithdrawCandidateCommand {
  candidateId: string;
  reason: WithdrawalReason;
  /** NFC, trimmed; '' when none was given. */
  note: string;
}

export interface ReassignCellCommand {
  candidateId: string;
  cellId: string;
  /** NFC, trimmed, non-empty. */
  reason: string;
}

export interface RecordReviewCommand {
  candidateId: string;
  reviewedOn: string;
  /** NFC, trimmed, non-empty. */
  assessment: string;
  /** The seed passes deterministic ids; the API never does. */
  id?: string;
}

export function parseWithdrawCandidate(input: WithdrawCandidateInput, policy: Reasons): WithdrawCandidateCommand {
  const problems = new Problems();
  const note = checkOptionalText(problems, 'input.note', input.note, policy.maxReasonLength) ?? '';
  problems.throwIfAny('The withdrawal is not valid.');
  return { candidateId: input.candidateId, reason: input.reason, note };
}

export function parseReassignCandidateCell(input: ReassignCandidateCellInput, policy: Reasons): ReassignCellCommand {
  const problems = new Problems();
  const reason = checkRequiredText(problems, 'input.reason', input.reason, policy.maxReasonLength);
  problems.throwIfAny('The reassignment is not valid.');
  return { candidateId: input.candidateId, cellId: input.cellId, reason };
}

export function parseRecordCandidateReview(input: RecordCandidateReviewInput): RecordReviewCommand {
  const problems = new Problems();
  const assessment = checkRequiredText(problems, 'input.assessment', input.assessment, MAX_ASSESSMENT_LENGTH);
  if (!isLocalDate(input.reviewedOn)) problems.add('input.reviewedOn', 'is not a real date in YYYY-MM-DD form');
  problems.throwIfAny('The review is not valid.');
  return { candidateId: input.candidateId, reviewedOn: input.reviewedOn, assessment };
}

/** The list filter: every field optional; a year no calendar has is bad input. */
export function parseCandidateFilter(filter: CandidateFilterInput | null | undefined): CandidateFilter {
  return { ...filter, year: parseYear(filter?.year, 'filter.year') };
}
