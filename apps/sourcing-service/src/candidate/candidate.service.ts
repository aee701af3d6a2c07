import { localDateInVietnam } from '@pdv/calendar';
import { LockMode } from '@mikro-orm/postgresql';
import { assertOrganisationInScope, assertRecordInScope } from '@pdv/auth';
import { type Actor, candidateWithdrawn, referralDeclined } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { type CandidateMilestone, checkCellReassignment, NURTURED_STATUSES, SOURCING_RULES, WITHDRAWAL_REASONS, isOneOf } from '@pdv/sourcing-domain';
import { PolicyService } from '../policy/policy.service';
import { requireActiveCell } from '@pdv/organisation-read-model';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import type { Caller } from '../common/caller';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { pairCursor } from '../common/cursor';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { ReferralEntity } from '../referral/referral.entity';
import { CandidateEntity, CandidateReviewEntity, type CandidateReviewRow, type CandidateRow } from './candidate.entity';
import { moveCandidate } from './candidate-stage.writer';
import { placeCandidateInCell, releaseMentorsOutsideCell, restoreMentorsAfterReorganisation } from './cell-change.writer';
import type { ReassignCellCommand, RecordReviewCommand, WithdrawCandidateCommand } from './candidate.parse';
import { type CandidateFilter, type CandidatePage, candidateWhere, findDueForReview, findVisibleCandidates, searchCandidates } from './candidate.queries';


/** Candidates: search, the monthly review, withdrawal, and milestones from other services. */
export class CandidateService {
  constructor(private readonly scope: ServiceScope) {}

  search(filter: CandidateFilter, first: number, after: string | null | undefined): Promise<CandidatePage> {
    const caller = requireCaller(this.scope);
    return searchCandidates(this.scope.em, candidateWhere(caller.identity, filter), first, pairCursor(after));
  }

  /** The candidate if the caller may see it; NOT_FOUND otherwise (existence is not revealed). */
  async get(id: string): Promise<CandidateRow> {
    const caller = requireCaller(this.scope);
    const [row] = await findVisibleCandidates(this.scope.em, caller.identity, [id]);
    if (!row) throw AppError.notFound('Candidate', id);
    return row;
  }

  async dueForReview(
    options: { organisationId: string | null; asOf: string | null; first: number; after: string | null | undefined },
  ): Promise<CandidatePage> {
    const caller = requireCaller(this.scope);
    const policy = await new PolicyService(this.scope).current();
    return findDueForReview(this.scope.em, caller.identity, {
      organisationId: options.organisationId,
      asOf: options.asOf ?? localDateInVietnam(this.scope.deps.clock.now()),
      intervalMonths: policy.reviewIntervalMonths,
      first: options.first,
      after: pairCursor(options.after),
    });
  }

  async withdraw(
    command: WithdrawCandidateCommand,
  ): Promise<{ candidate: CandidateRow; mentorsReleased: number }> {
    const caller = requireCaller(this.scope);
    const { note } = command;
    if (!isOneOf(WITHDRAWAL_REASONS, command.reason) || (command.reason === 'OTHER' && note === '')) {
      throw ruleViolation(SOURCING_RULES['SOURCING.WITHDRAWAL_NEEDS_REASON']);
    }
    return this.scope.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      const now = this.scope.deps.clock.now();
      const [{ count: before }] = await tx.execute<{ count: string }[]>(
        'select count(*) as count from mentor_assignment where candidate_id = ?::uuid and released_on is null',
        [candidate.id],
      );
      await moveCandidate(tx, this.scope.deps, candidate, { kind: 'WITHDRAW', reason: command.reason, note }, caller.actor, now);
      this.scope.deps.events.recordEvent(tx, candidateWithdrawn, {
        aggregateId: candidate.id,
        actor: caller.actor,
        occurredAt: now,
        data: { candidateId: candidate.id, reason: command.reason, withdrawnOn: localDateInVietnam(now) },
      });
      // Referrals still waiting for the cell end with the person: nobody is left to accept.
      const open = await tx.find(ReferralEntity, { candidateId: candidate.id, status: 'SUBMITTED' });
      for (const referral of open) {
        referral.status = 'DECLINED';
        referral.declineReason = 'OTHER';
        referral.declineNote = `The candidate was withdrawn (${command.reason}).`;
        referral.decidedAt = now;
        referral.decidedBy = caller.identity.userId;
        this.scope.deps.events.recordEvent(tx, referralDeclined, {
          aggregateId: referral.id,
          actor: caller.actor,
          occurredAt: now,
          data: { referralId: referral.id, candidateId: candidate.id, reason: 'OTHER' },
        });
      }
      return { candidate, mentorsReleased: Number(before) };
    });
  }

  /**
   * Moves a candidate still in the pipeline to another active cell: typically one whose cell
   * was split or dissolved (needsCellReassignment), but any move the board decides. The
   * history records it; referrals still waiting for the old cell go to the new one; mentors
   * who are not active members of the new cell are released, and mentors released when the
   * old cell was reorganised into the new one are re-placed. Clears needsCellReassignment.
   */
  async reassignCell(
    command: ReassignCellCommand,
  ): Promise<{ candidate: CandidateRow; previousCellId: string; mentorsReleased: number; mentorsKept: number }> {
    const caller = requireCaller(this.scope);
    const { reason } = command;
    return this.scope.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      // The new cell must be in the caller's part of the ward too (checked on the argument as well).
      await assertOrganisationInScope(caller.identity, command.cellId, new SourcingScopes(tx));
      await requireActiveCell(tx, command.cellId, SOURCING_APP_RULES['SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL']);
      checkCellReassignment(candidate, command.cellId);
      const now = this.scope.deps.clock.now();
      const previousCellId = candidate.cellId;
      const waitingSince = candidate.cellReassignmentNeededSince;
      await placeCandidateInCell(
        tx,
        this.scope.deps,
        candidate,
        command.cellId,
        { event: 'CELL_REASSIGNED', reason: 'CELL_REASSIGNED', note: `Moved from cell ${previousCellId} to cell ${command.cellId}: ${reason}` },
        caller.actor,
        now,
      );
      const mentorsReleased = await releaseMentorsOutsideCell(tx, this.scope.deps, candidate.id, command.cellId, caller.actor, now);
      if (waitingSince !== null) {
        await restoreMentorsAfterReorganisation(tx, this.scope.deps, candidate, { fromCellId: previousCellId, effectiveDate: waitingSince }, now);
      }
      await tx.flush();
      const [{ count }] = await tx.execute<{ count: string }[]>(
        'select count(*) as count from mentor_assignment where candidate_id = ?::uuid and released_on is null',
        [candidate.id],
      );
      return { candidate, previousCellId, mentorsReleased, mentorsKept: Number(count) };
    });
  }

  async recordReview(
    command: RecordReviewCommand,
  ): Promise<CandidateReviewRow> {
    const caller = requireCaller(this.scope);
    const { assessment } = command;
    return this.scope.em.transactional(async (tx) => {
      const candidate = await this.lockInScope(tx, caller, command.candidateId);
      const now = this.scope.deps.clock.now();
      if (!NURTURED_STATUSES.includes(candidate.status)) {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.REVIEW_NURTURED_ONLY'], `The candidate is ${candidate.status}.`, { status: candidate.status });
      }
      if ((candidate.acceptedOn && command.reviewedOn < candidate.acceptedOn) || command.reviewedOn > localDateInVietnam(now)) {
        throw ruleViolation(SOURCING_APP_RULES['SOURCING.REVIEW_DATE'], undefined, { acceptedOn: candidate.acceptedOn });
      }
      const review = tx.create(CandidateReviewEntity, {
        id: command.id ?? this.scope.deps.newId(),
        candidateId: candidate.id,
        reviewedOn: command.reviewedOn,
        assessment,
        recordedBy: caller.identity.userId,
        recordedAt: now,
      });
      tx.persist(review);
      if (!candidate.lastReviewedOn || candidate.lastReviewedOn < command.reviewedOn) candidate.lastReviewedOn = command.reviewedOn;
      candidate.updatedAt = now;
      return review;
    });
  }

  /**
   * A milestone published by training or admission. Runs inside the consumer's transaction
   * (the inbox row commits with it). A stale or repeated milestone changes nothing; one that
   * contradicts this service's records throws, so the event is retried and then
   * dead-lettered for a person to reconcile.
   */
  async applyMilestone(tx: EntityManager, candidateId: string, milestone: CandidateMilestone, actor: Actor, at: Date): Promise<boolean> {
    const candidate = await tx.findOne(CandidateEntity, { id: candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!candidate) throw new Error(`milestone ${milestone.kind} names candidate ${candidateId}, which this service does not hold`);
    const moved = await moveCandidate(tx, this.scope.deps, candidate, milestone, actor, at);
    return moved !== null;
  }

  /** Loads and locks a candidate the caller may act on (its cell is in their subtree). */
  private async lockInScope(tx: EntityManager, caller: Caller, candidateId: string): Promise<CandidateRow> {
    const candidate = await tx.findOne(CandidateEntity, { id: candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!candidate) throw AppError.notFound('Candidate', candidateId);
    await assertRecordInScope(caller.identity, candidate.cellId, new SourcingScopes(tx), () => AppError.notFound('Candidate', candidateId));
    return candidate;
  }
}
