import { ruleViolation } from '@pdv/errors';
import { NURTURED_STATUSES } from './candidate-status.rules';
import type { CandidateStatus } from './sourcing.enums';
import { SOURCING_RULES } from './sourcing.rules';

/**
 * A candidate's cell changes without a status change in two ways: the cell is closed by the
 * organisation service (merged, split, dissolved), or the party-building board (or the
 * secretary above the cells) moves the candidate to another cell. These rules decide what
 * follows a closure and when a move is allowed; the service does the writing.
 */

/**
 * Statuses of a candidate who still belongs to a cell: referred to it, or nurtured by it.
 * Declined, withdrawn and admitted people have left the pipeline: a new referral names their
 * cell if they come back.
 */
export const CELL_BOUND_STATUSES: readonly CandidateStatus[] = ['REFERRED', ...NURTURED_STATUSES];

export function isCellBound(status: CandidateStatus): boolean {
  return CELL_BOUND_STATUSES.includes(status);
}

/** Why the organisation service closed an organisation (contract organisation.organisation.closed). */
export type CellClosureReason = 'DISSOLVED' | 'MERGED' | 'SPLIT';

/** What happens to the candidates of a closed cell. */
export type CellClosureOutcome =
  /** Merged into exactly one known, active cell: its candidates move there. */
  | { kind: 'FOLLOW_SUCCESSOR'; successorId: string }
  /** Split, dissolved, or merged into something this service cannot place them in: a person decides. */
  | { kind: 'NEEDS_NEW_CELL' };

/**
 * Decides, without guessing, where the candidates of a closed cell go. Only a merge into a
 * single organisation that `isActiveCell` confirms (a party cell known and active) moves
 * them; anything else marks them as needing a new cell.
 */
export function cellClosureOutcome(
  closure: { organisationId: string; reason: CellClosureReason; successorIds: readonly string[] },
  isActiveCell: (organisationId: string) => boolean,
): CellClosureOutcome {
  const successors = [...new Set(closure.successorIds)].filter((id) => id !== closure.organisationId);
  if (closure.reason === 'MERGED' && successors.length === 1 && closure.successorIds.length === 1 && isActiveCell(successors[0])) {
    return { kind: 'FOLLOW_SUCCESSOR', successorId: successors[0] };
  }
  return { kind: 'NEEDS_NEW_CELL' };
}

/** The stage-history events of a cell change (the status stays). */
export const CELL_CHANGE_EVENTS = ['CELL_MERGED', 'CELL_CLOSED', 'CELL_REASSIGNED'] as const;
export type CellChangeEvent = (typeof CELL_CHANGE_EVENTS)[number];

/**
 * Checks that a person may move a candidate to another cell: the candidate is still in the
 * pipeline (SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY) and the cell is a different one
 * (SOURCING.CELL_CHANGE_MUST_CHANGE). That the cell exists and is active is the service's
 * check (read model).
 */
export function checkCellReassignment(candidate: { status: CandidateStatus; cellId: string }, toCellId: string): void {
  if (!isCellBound(candidate.status)) {
    throw ruleViolation(SOURCING_RULES['SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY'], `The candidate is ${candidate.status}.`, {
      status: candidate.status,
    });
  }
  if (candidate.cellId === toCellId) {
    throw ruleViolation(SOURCING_RULES['SOURCING.CELL_CHANGE_MUST_CHANGE'], undefined, { cellId: toCellId });
  }
}

/** A mentor stays with a candidate who changes cell only when they are an active member of the new cell. */
export function mentorStaysInCell(member: { organisationId: string | null; active: boolean } | null, cellId: string): boolean {
  return member !== null && member.active && member.organisationId === cellId;
}
