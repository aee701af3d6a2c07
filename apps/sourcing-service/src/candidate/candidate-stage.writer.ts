import { localDateInVietnam } from '@pdv/calendar';
import type { Actor } from '@pdv/contracts';
import { mentorReleased } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { type CandidateEvent, isCellBound, type StageHistoryEntry, transitionCandidate } from '@pdv/sourcing-domain';
import type { SourcingDeps } from '../common/service-scope';
import { MentorAssignmentEntity } from '../mentor/mentor.entity';
import { CandidateStageEntity, type CandidateRow } from './candidate.entity';

/**
 * Moves a candidate (already loaded and locked in `tx`) with the domain's status machine,
 * appends the stage history, and keeps the row's dates in step. Returns the history entry,
 * or null when the event changes nothing (a repeated or stale milestone). Throws the
 * domain's RULE_VIOLATION for a step that is not allowed.
 */
export async function moveCandidate(
  tx: EntityManager,
  deps: SourcingDeps,
  candidate: CandidateRow,
  event: CandidateEvent,
  actor: Actor,
  at: Date,
): Promise<StageHistoryEntry | null> {
  const entry = transitionCandidate(candidate.status, event, { at, actorId: actor.id });
  if (!entry) return null;
  candidate.status = entry.to;
  candidate.updatedAt = at;
  // A person who leaves the pipeline, or comes back through a referral that names the cell,
  // no longer waits for a new cell.
  if (!isCellBound(entry.to) || event.kind === 'RE_REFER') candidate.cellReassignmentNeededSince = null;
  if (event.kind === 'ACCEPT') {
    candidate.acceptedOn = localDateInVietnam(at);
    candidate.lastReviewedOn = null;
  }
  if (event.kind === 'RE_REFER') {
    // A person coming back after a decline or withdrawal starts a new cycle.
    candidate.acceptedOn = null;
    candidate.lastReviewedOn = null;
  }
  tx.persist(
    tx.create(CandidateStageEntity, {
      id: deps.newId(),
      candidateId: candidate.id,
      fromStatus: entry.from,
      toStatus: entry.to,
      event: entry.event,
      reason: entry.reason,
      note: entry.note,
      actorId: actor.id,
      actorRole: actor.role,
      at,
    }),
  );
  if (entry.to === 'ADMITTED' || entry.to === 'WITHDRAWN') {
    // Mentoring a candidate ends with admission (probation has its own mentor) or withdrawal.
    await releaseOpenMentors(tx, deps, candidate.id, entry.to === 'ADMITTED' ? 'Candidate admitted' : 'Candidate withdrawn', actor, at);
  }
  return entry;
}

/** Release reasons written by this service (the re-placement of mentors after a reorganisation looks for the first). */
export const MENTOR_RELEASE_REASONS = {
  memberMoved: 'Member moved to another organisation',
  memberLeft: 'Member left the ward’s party organisation',
  candidateMovedCell: 'Candidate moved to another cell',
} as const;

/**
 * Closes a candidate's open mentor assignments (or one member's, when memberId is given)
 * and publishes mentor-released for each. Returns how many were released.
 */
export async function releaseOpenMentors(
  tx: EntityManager,
  deps: SourcingDeps,
  candidateId: string,
  reason: string,
  actor: Actor,
  at: Date,
  memberId?: string,
): Promise<number> {
  const open = await tx.find(MentorAssignmentEntity, {
    candidateId,
    releasedOn: null,
    ...(memberId ? { memberId } : {}),
  });
  const releasedOn = localDateInVietnam(at);
  for (const assignment of open) {
    assignment.releasedOn = releasedOn;
    assignment.releasedAt = at;
    assignment.releasedBy = actor.id;
    assignment.releaseReason = reason;
    deps.events.recordEvent(tx, mentorReleased, {
      aggregateId: candidateId,
      actor,
      occurredAt: at,
      data: { candidateId, memberId: assignment.memberId, releasedOn },
    });
  }
  return open.length;
}
