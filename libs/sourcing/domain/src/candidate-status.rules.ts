import { ruleViolation } from '@pdv/errors';
import {
  DECLINE_REASONS,
  isOneOf,
  WITHDRAWAL_REASONS,
  type CandidateStatus,
  type DeclineReason,
  type WithdrawalReason,
} from './sourcing.enums';
import { SOURCING_RULES } from './sourcing.rules';

/**
 * The candidate's status machine.
 *
 *   REFERRED ──accept──▶ IN_SOURCE_POOL ──nominated──▶ IN_TRAINING ──certificate──▶ TRAINED
 *      │  ▲                    ▲                           │ course failed, or the      │
 *      │  │                    │                           │ last place refused,        │
 *      │  │                    │                           │ withdrawn or cancelled     │
 *  decline│ re-referral        └───────────────────────────┘                  dossier opened
 *      ▼  │                                                                           ▼
 *   DECLINED                       TRAINED ◀──dossier closed (rejected/withdrawn)── IN_ADMISSION ──ceremony──▶ ADMITTED
 *
 *   any status except ADMITTED and WITHDRAWN ──withdraw (reason)──▶ WITHDRAWN ──re-referral──▶ REFERRED
 *
 * Two kinds of event, handled differently:
 * - Commands (a person acts in this service: accept, decline, withdraw, re-refer) on a
 *   status that does not allow them throw RULE_VIOLATION, so the user learns why.
 * - Milestones (facts published by training and admission: nominated, course failed,
 *   certificate issued, dossier opened/closed, ceremony held) may arrive late, twice or out
 *   of order. A milestone the candidate is already at or past is a no-op: `null`, not an
 *   error, so the consumer simply acknowledges it. A milestone ahead of the candidate (a
 *   certificate while still IN_SOURCE_POOL because the nomination event is late) moves the
 *   candidate forward to it: the fact is authoritative. Milestones after a withdrawal are
 *   ignored, except a ceremony (a person was admitted): that conflict throws so the event
 *   is dead-lettered for a person to reconcile. Milestones for a candidate never accepted
 *   (REFERRED, DECLINED) throw for the same reason.
 */

export type CandidateCommand =
  | { kind: 'ACCEPT' }
  | { kind: 'DECLINE'; reason: DeclineReason; note?: string | null }
  | { kind: 'RE_REFER' }
  | { kind: 'WITHDRAW'; reason: WithdrawalReason; note?: string | null };

export type CandidateMilestone =
  | { kind: 'NOMINATED_TO_COURSE' }
  | { kind: 'COURSE_FAILED' }
  /**
   * A nomination or place ended without a result: refused by the board, withdrawn before
   * the start, or released with its cancelled course. `otherOpenPlaces` says whether the
   * candidate still holds another open nomination or place (then they stay IN_TRAINING).
   */
  | { kind: 'COURSE_PLACE_ENDED'; otherOpenPlaces: boolean }
  | { kind: 'CERTIFICATE_ISSUED' }
  | { kind: 'DOSSIER_OPENED' }
  | { kind: 'DOSSIER_CLOSED'; outcome: 'REJECTED' | 'WITHDRAWN' }
  | { kind: 'CEREMONY_HELD' };

export type CandidateEvent = CandidateCommand | CandidateMilestone;
export type CandidateEventKind = CandidateEvent['kind'];

export interface TransitionContext {
  at: Date;
  /** The user who acted, or the system actor id for milestones from other services. */
  actorId: string;
}

/** One row of the candidate's stage history (append-only). */
export interface StageHistoryEntry {
  from: CandidateStatus;
  to: CandidateStatus;
  event: CandidateEventKind;
  /** The decline or withdrawal reason code; for other events, the event kind. */
  reason: string;
  /** Free text for the "OTHER" reasons; null otherwise. */
  note: string | null;
  at: Date;
  actorId: string;
}

export const TERMINAL_STATUSES: readonly CandidateStatus[] = ['ADMITTED', 'WITHDRAWN'];

/** Statuses of a candidate a cell has accepted and is nurturing (reviewed monthly, can have mentors). */
export const NURTURED_STATUSES: readonly CandidateStatus[] = ['IN_SOURCE_POOL', 'IN_TRAINING', 'TRAINED', 'IN_ADMISSION'];

/** Pipeline order of the nurtured statuses and ADMITTED, for "already at or past" checks. */
const STAGE: Partial<Record<CandidateStatus, number>> = {
  IN_SOURCE_POOL: 1,
  IN_TRAINING: 2,
  TRAINED: 3,
  IN_ADMISSION: 4,
  ADMITTED: 5,
};

const MILESTONE_KINDS = new Set<CandidateEventKind>([
  'NOMINATED_TO_COURSE',
  'COURSE_FAILED',
  'COURSE_PLACE_ENDED',
  'CERTIFICATE_ISSUED',
  'DOSSIER_OPENED',
  'DOSSIER_CLOSED',
  'CEREMONY_HELD',
]);

export function isMilestone(event: CandidateEvent): event is CandidateMilestone {
  return MILESTONE_KINDS.has(event.kind);
}

function notAllowed(current: CandidateStatus, event: CandidateEventKind): never {
  throw ruleViolation(
    SOURCING_RULES['SOURCING.TRANSITION_NOT_ALLOWED'],
    `The candidate is ${current}; ${event} is not possible from there.`,
    { status: current, event },
  );
}

function closed(current: CandidateStatus, event: CandidateEventKind): never {
  throw ruleViolation(SOURCING_RULES['SOURCING.CANDIDATE_CLOSED'], `The candidate is ${current}.`, {
    status: current,
    event,
  });
}

function cleanNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  return text === '' ? null : text;
}

/** The status a command leads to, or null for a re-referral that changes nothing. */
function applyCommand(current: CandidateStatus, command: CandidateCommand): CandidateStatus | null {
  switch (command.kind) {
    case 'ACCEPT':
      if (current === 'REFERRED') return 'IN_SOURCE_POOL';
      return TERMINAL_STATUSES.includes(current) ? closed(current, command.kind) : notAllowed(current, command.kind);
    case 'DECLINE':
      if (!isOneOf(DECLINE_REASONS, command.reason) || (command.reason === 'OTHER' && !cleanNote(command.note))) {
        throw ruleViolation(SOURCING_RULES['SOURCING.DECLINE_NEEDS_REASON']);
      }
      if (current === 'REFERRED') return 'DECLINED';
      return TERMINAL_STATUSES.includes(current) ? closed(current, command.kind) : notAllowed(current, command.kind);
    case 'RE_REFER':
      if (current === 'DECLINED' || current === 'WITHDRAWN') return 'REFERRED';
      if (current === 'ADMITTED') throw ruleViolation(SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE']);
      return null; // a repeat referral is attached to the candidate; the status stays
    case 'WITHDRAW':
      if (!isOneOf(WITHDRAWAL_REASONS, command.reason) || (command.reason === 'OTHER' && !cleanNote(command.note))) {
        throw ruleViolation(SOURCING_RULES['SOURCING.WITHDRAWAL_NEEDS_REASON']);
      }
      if (TERMINAL_STATUSES.includes(current)) closed(current, command.kind);
      return 'WITHDRAWN';
  }
}

/** The status a milestone leads to, or null when it changes nothing (stale, repeated, or after withdrawal). */
function applyMilestone(current: CandidateStatus, milestone: CandidateMilestone): CandidateStatus | null {
  if (current === 'REFERRED' || current === 'DECLINED') {
    throw ruleViolation(SOURCING_RULES['SOURCING.MILESTONE_BEFORE_ACCEPTANCE'], `The candidate is ${current}.`, {
      status: current,
      event: milestone.kind,
    });
  }
  if (current === 'WITHDRAWN') {
    if (milestone.kind === 'CEREMONY_HELD') {
      throw ruleViolation(SOURCING_RULES['SOURCING.CEREMONY_AFTER_WITHDRAWAL'], undefined, { status: current });
    }
    return null;
  }
  const stage = STAGE[current] ?? 0;
  const forwardTo = (target: CandidateStatus): CandidateStatus | null => (stage < (STAGE[target] ?? 0) ? target : null);
  switch (milestone.kind) {
    case 'NOMINATED_TO_COURSE':
      return forwardTo('IN_TRAINING');
    case 'CERTIFICATE_ISSUED':
      return forwardTo('TRAINED');
    case 'DOSSIER_OPENED':
      return forwardTo('IN_ADMISSION');
    case 'CEREMONY_HELD':
      return forwardTo('ADMITTED');
    // The backward moves apply only from the stage they undo. A nomination only ever moves a
    // candidate from the pool to IN_TRAINING (from later stages it is a renewal and a no-op),
    // so the stage before IN_TRAINING is always IN_SOURCE_POOL.
    case 'COURSE_FAILED':
      return current === 'IN_TRAINING' ? 'IN_SOURCE_POOL' : null;
    case 'COURSE_PLACE_ENDED':
      return current === 'IN_TRAINING' && !milestone.otherOpenPlaces ? 'IN_SOURCE_POOL' : null;
    case 'DOSSIER_CLOSED':
      return current === 'IN_ADMISSION' ? 'TRAINED' : null;
  }
}

/**
 * Applies a command or milestone to a candidate's status. Returns the stage-history entry to
 * append (its `to` is the new status), or null when nothing changes. Throws RULE_VIOLATION
 * (SOURCING.TRANSITION_NOT_ALLOWED, CANDIDATE_CLOSED, DECLINE_NEEDS_REASON,
 * WITHDRAWAL_NEEDS_REASON, MILESTONE_BEFORE_ACCEPTANCE, CEREMONY_AFTER_WITHDRAWAL,
 * ADMITTED_NOT_REFERABLE) for what cannot happen.
 */
export function transitionCandidate(
  current: CandidateStatus,
  event: CandidateEvent,
  context: TransitionContext,
): StageHistoryEntry | null {
  const to = isMilestone(event) ? applyMilestone(current, event) : applyCommand(current, event);
  if (to === null) return null;
  const withReason = event.kind === 'DECLINE' || event.kind === 'WITHDRAW' ? event : null;
  return {
    from: current,
    to,
    event: event.kind,
    reason: withReason ? withReason.reason : event.kind,
    note: withReason ? cleanNote(withReason.note) : null,
    at: context.at,
    actorId: context.actorId,
  };
}
