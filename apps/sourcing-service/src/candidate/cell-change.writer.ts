import { localDateInVietnam } from '@pdv/calendar';
import { LockMode } from '@mikro-orm/postgresql';
import { type Actor, candidateCellChanged, mentorAssigned, SYSTEM_ACTOR } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { CELL_BOUND_STATUSES, type CellChangeEvent, type CellClosureReason, cellClosureOutcome, mentorStaysInCell, NURTURED_STATUSES } from '@pdv/sourcing-domain';
import { MentorAssignmentEntity } from '../mentor/mentor.entity';
import { MemberReadModelEntity, OrgReadModelEntity } from '@pdv/organisation-read-model';
import { isActiveCell } from '@pdv/organisation-read-model';
import type { SourcingDeps } from '../common/service-scope';
import { CandidateEntity, type CandidateRow, CandidateStageEntity } from './candidate.entity';
import { MENTOR_RELEASE_REASONS, releaseOpenMentors } from './candidate-stage.writer';

// A candidate's cell changes while the status stays: the organisation service closed the
// cell (a merge moves them with it; a split or dissolution leaves them waiting for a person
// to choose), or the board moves them (CandidateService.reassignCell). History notes name
// cells by id only.

export interface CellStage {
  event: CellChangeEvent;
  reason: string;
  note: string;
}

/** Appends a history entry that records a cell change (from and to status are the same). */
export function appendCellStage(tx: EntityManager, deps: SourcingDeps, candidate: CandidateRow, stage: CellStage, actor: Actor, at: Date): void {
  tx.persist(
    tx.create(CandidateStageEntity, {
      id: deps.newId(),
      candidateId: candidate.id,
      fromStatus: candidate.status,
      toStatus: candidate.status,
      event: stage.event,
      reason: stage.reason,
      note: stage.note,
      actorId: actor.id,
      actorRole: actor.role,
      at,
    }),
  );
}

/**
 * Moves a candidate (loaded and locked in `tx`) to another cell: the row, the history and
 * the candidate's referrals still waiting for the old cell's decision. Clears the
 * "needs a new cell" mark. Mentors are the caller's business.
 */
export async function placeCandidateInCell(
  tx: EntityManager,
  deps: SourcingDeps,
  candidate: CandidateRow,
  toCellId: string,
  stage: CellStage,
  actor: Actor,
  at: Date,
): Promise<void> {
  const fromCellId = candidate.cellId;
  candidate.cellId = toCellId;
  candidate.cellReassignmentNeededSince = null;
  candidate.updatedAt = at;
  appendCellStage(tx, deps, candidate, stage, actor, at);
  await tx.execute(
    `update referral set cell_id = ?::uuid where candidate_id = ?::uuid and cell_id = ?::uuid and status = 'SUBMITTED'`,
    [toCellId, candidate.id, fromCellId],
  );
  // Training and admission keep the candidate's cell in their read models: tell them.
  if (stage.event === 'CELL_MERGED' || stage.event === 'CELL_REASSIGNED') {
    deps.events.recordEvent(tx, candidateCellChanged, {
      aggregateId: candidate.id,
      actor,
      occurredAt: at,
      data: { candidateId: candidate.id, fromCellId, toCellId, cause: stage.event, changedOn: localDateInVietnam(at) },
    });
  }
}

/**
 * Releases the candidate's open mentors who are not active members of `cellId` (the member
 * read model), with mentor-released events. Returns how many were released.
 */
export async function releaseMentorsOutsideCell(
  tx: EntityManager,
  deps: SourcingDeps,
  candidateId: string,
  cellId: string,
  actor: Actor,
  at: Date,
): Promise<number> {
  const open = await tx.find(MentorAssignmentEntity, { candidateId, releasedOn: null });
  if (open.length === 0) return 0;
  const members = new Map(
    (await tx.find(MemberReadModelEntity, { id: { $in: open.map((assignment) => assignment.memberId) } })).map((member) => [member.id, member]),
  );
  let released = 0;
  for (const assignment of open) {
    if (mentorStaysInCell(members.get(assignment.memberId) ?? null, cellId)) continue;
    released += await releaseOpenMentors(tx, deps, candidateId, MENTOR_RELEASE_REASONS.candidateMovedCell, actor, at, assignment.memberId);
  }
  return released;
}

/**
 * A reorganisation moves members (organisation.member.moved) and closes their cell
 * (organisation.organisation.closed), in either order. A member event that arrives while the
 * candidate is still in the old cell releases the mentor (they left the candidate's cell).
 * Once the candidate is placed in the cell that member went to, that release is undone by a
 * new assignment: the candidate's assignments released by this service for that move
 * (member moved out of `fromCellId` with effect from `effectiveDate`, not moved since, now
 * an active member of the candidate's new cell, no open assignment of the pair). The ward's
 * mentee limit is not applied: nothing new is asked of the member. Returns how many.
 */
export async function restoreMentorsAfterReorganisation(
  tx: EntityManager,
  deps: SourcingDeps,
  candidate: CandidateRow,
  reorganisation: { fromCellId: string; effectiveDate: string },
  at: Date,
): Promise<number> {
  if (!NURTURED_STATUSES.includes(candidate.status)) return 0;
  // The raw query below must see the releases and assignments of this transaction.
  await tx.flush();
  const rows = await tx.execute<{ member_id: string }[]>(
    `select distinct ma.member_id from mentor_assignment ma
       join member_read_model m on m.id = ma.member_id
      where ma.candidate_id = ?::uuid and ma.released_on is not null
        and ma.released_by = ? and ma.release_reason = ?
        and m.active and m.organisation_id = ?::uuid
        and m.moved_from_organisation_id = ?::uuid and m.moved_on = ?::date and ma.released_at >= m.moved_at
        and not exists (select 1 from mentor_assignment o
                         where o.candidate_id = ma.candidate_id and o.member_id = ma.member_id and o.released_on is null)
      order by ma.member_id`,
    [candidate.id, SYSTEM_ACTOR.id, MENTOR_RELEASE_REASONS.memberMoved, candidate.cellId, reorganisation.fromCellId, reorganisation.effectiveDate],
  );
  const assignedOn = localDateInVietnam(at);
  for (const { member_id: memberId } of rows) {
    tx.persist(
      tx.create(MentorAssignmentEntity, {
        id: deps.newId(),
        candidateId: candidate.id,
        memberId,
        cellId: candidate.cellId,
        assignedOn,
        assignedAt: at,
        assignedBy: SYSTEM_ACTOR.id,
        releasedOn: null,
        releasedAt: null,
        releasedBy: null,
        releaseReason: null,
      }),
    );
    deps.events.recordEvent(tx, mentorAssigned, {
      aggregateId: candidate.id,
      actor: SYSTEM_ACTOR,
      occurredAt: at,
      data: { candidateId: candidate.id, memberId, cellId: candidate.cellId, assignedOn },
    });
  }
  return rows.length;
}

export interface CellClosure {
  organisationId: string;
  effectiveDate: string;
  reason: CellClosureReason;
  successorIds: readonly string[];
}

export interface CellClosureResult {
  /** Candidates moved to the cell their cell was merged into. */
  moved: number;
  /** Candidates newly marked as needing a new cell. */
  marked: number;
  /** Mentors re-placed with candidates who followed them. */
  mentorsRestored: number;
}

/**
 * What a cell's closure does to its candidates (referred or nurtured; declined, withdrawn and
 * admitted people stay where they were). Merged into one known active cell: they move there
 * with a CELL_MERGED history entry, the cell's open referrals follow, and mentors who are
 * members of that cell stay (or are re-placed, see restoreMentorsAfterReorganisation); a
 * mentor still listed in the old cell is left for their member event to decide. Otherwise
 * they are marked as needing a new cell (CELL_CLOSED entry), once. Runs in the consumer's
 * transaction; a second delivery finds nothing left to do.
 */
export async function followCellClosure(tx: EntityManager, deps: SourcingDeps, closure: CellClosure, at: Date): Promise<CellClosureResult> {
  const result: CellClosureResult = { moved: 0, marked: 0, mentorsRestored: 0 };
  const candidates = await tx.find(
    CandidateEntity,
    { cellId: closure.organisationId, status: { $in: [...CELL_BOUND_STATUSES] } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
  );
  const successors = closure.successorIds.length > 0 ? await tx.find(OrgReadModelEntity, { id: { $in: [...closure.successorIds] } }) : [];
  const outcome = cellClosureOutcome(closure, (id) => isActiveCell(successors.find((org) => org.id === id) ?? null));

  if (outcome.kind === 'FOLLOW_SUCCESSOR') {
    const toCellId = outcome.successorId;
    // Every referral still waiting for the closed cell now waits for the cell it joined.
    await tx.execute(`update referral set cell_id = ?::uuid where cell_id = ?::uuid and status = 'SUBMITTED'`, [toCellId, closure.organisationId]);
    for (const candidate of candidates) {
      await placeCandidateInCell(
        tx,
        deps,
        candidate,
        toCellId,
        {
          event: 'CELL_MERGED',
          reason: 'CELL_MERGED',
          note: `Cell ${closure.organisationId} was merged into cell ${toCellId} from ${closure.effectiveDate}; the candidate moved with it.`,
        },
        SYSTEM_ACTOR,
        at,
      );
      result.moved += 1;
      result.mentorsRestored += await restoreMentorsAfterReorganisation(
        tx,
        deps,
        candidate,
        { fromCellId: closure.organisationId, effectiveDate: closure.effectiveDate },
        at,
      );
    }
    return result;
  }

  const successorList = closure.successorIds.length > 0 ? closure.successorIds.join(', ') : 'none';
  for (const candidate of candidates) {
    if (candidate.cellReassignmentNeededSince !== null) continue;
    candidate.cellReassignmentNeededSince = closure.effectiveDate;
    candidate.updatedAt = at;
    appendCellStage(
      tx,
      deps,
      candidate,
      {
        event: 'CELL_CLOSED',
        reason: closure.reason,
        note: `Cell ${closure.organisationId} was closed (${closure.reason}) from ${closure.effectiveDate}; successor organisations: ${successorList}. A new cell must be chosen.`,
      },
      SYSTEM_ACTOR,
      at,
    );
    result.marked += 1;
  }
  return result;
}
