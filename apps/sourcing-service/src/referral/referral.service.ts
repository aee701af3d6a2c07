import { localDateInVietnam } from '@pdv/calendar';
import { LockMode } from '@mikro-orm/postgresql';
import { assertMassOrganisationInScope, assertRecordInScope } from '@pdv/auth';
import { candidateAccepted, candidateDeclined, referralDeclined } from '@pdv/contracts';
import { AppError, eachOnItsOwn, type ItemOutcome, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { DECLINE_REASONS, isOneOf, type ReferralFinding, SOURCING_RULES } from '@pdv/sourcing-domain';
import { auditActorOf, auditRecords, writePersonalDataAudit } from '@pdv/personal-data';
import { CandidateEntity, type CandidateRow } from '../candidate/candidate.entity';
import { moveCandidate } from '../candidate/candidate-stage.writer';
import type { Caller } from '../common/caller';
import { pairCursor } from '../common/cursor';
import { lockIntake } from '../common/intake-lock';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import { MassOrganisationEntity, type MassOrganisationRow } from '../mass-organisation/mass-organisation.entity';
import { PolicyService } from '../policy/policy.service';
import { requireActiveCell } from '@pdv/organisation-read-model';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { ReferralEntity, type ReferralRow } from './referral.entity';
import { type DeclineReferralCommand, type SubmitReferralCommand, validateSubmittedReferral } from './referral.parse';
import { findVisibleReferral, listReferrals, type ReferralFilter, referralWhere } from './referral.queries';
import { decideIntakes } from './referral-intake.queries';
import { writeIntake } from './referral-intake.writer';

export interface SubmitReferralResult {
  referral: ReferralRow;
  candidate: CandidateRow;
  isRepeatReferral: boolean;
  message: string;
  warnings: ReferralFinding[];
  possibleDuplicateCount: number;
}

/** Referrals: submitted by mass organisations, accepted or declined by cells. */
export class ReferralService {
  constructor(private readonly scope: ServiceScope) {}

  async list(filter: ReferralFilter, first: number, after: string | null | undefined): Promise<{ rows: ReferralRow[]; totalCount: number }> {
    const caller = requireCaller(this.scope);
    return listReferrals(this.scope.em, referralWhere(caller.identity, filter), first, pairCursor(after));
  }

  /** The referral if the caller may see it; NOT_FOUND otherwise. */
  async get(id: string): Promise<ReferralRow> {
    const caller = requireCaller(this.scope);
    const row = await findVisibleReferral(this.scope.em, caller.identity, id);
    if (!row) throw AppError.notFound('Referral', id);
    return row;
  }

  async submit(command: SubmitReferralCommand): Promise<SubmitReferralResult> {
    const caller = requireCaller(this.scope);
    const now = this.scope.deps.clock.now();
    const policyService = new PolicyService(this.scope);
    const [policy, notices] = await Promise.all([policyService.current(), policyService.publishedNotices()]);
    const { valid, warnings } = validateSubmittedReferral(command, now, { policy, notices });

    return this.scope.em.transactional(async (tx) => {
      await lockIntake(tx);
      const massOrganisation = await this.requireReferringOrganisation(tx, caller, command.massOrganisationId);
      await requireActiveCell(tx, valid.cellId, SOURCING_APP_RULES['SOURCING.REFERRAL_TO_A_CELL']);
      const [decision] = await decideIntakes(tx, [valid], massOrganisation.parentId ?? massOrganisation.id);
      switch (decision.kind) {
        case 'IDENTITY_MISMATCH':
          // The number alone is not enough: a referral whose person differs from the one held is
          // refused before anything about that record (status, open referrals, id) is looked at,
          // and the refusal says nothing held. this.scope.em, not tx: the refusal rolls tx back, and
          // the attempt must stay recorded.
          await writePersonalDataAudit(this.scope.em, { actor: auditActorOf(caller), at: now, newId: this.scope.deps.newId }, auditRecords('REFUSED_MATCH', 'Candidate', 'nationalId', [decision.candidateId]));
          throw ruleViolation(decision.rule);
        case 'ADMITTED':
          throw ruleViolation(decision.rule);
        case 'ALREADY_REFERRED':
          // Only reached once the identity agrees with the record held, so this tells the caller nothing they did not know.
          throw AppError.conflict(
            'Your organisation has already referred this person (same national ID number) and that referral is still open; nothing new was recorded.',
            { candidateId: decision.candidateId, referralId: decision.referralId },
          );
      }
      const [written] = await writeIntake(tx, this.scope.deps, { caller, massOrganisationId: massOrganisation.id, importId: null, now }, [
        { person: valid, referrerName: command.referrerName, decision, ids: command.ids },
      ]);
      if (decision.kind === 'CREATE') {
        const message =
          written.possibleDuplicates > 0
            ? 'The referral was recorded. Another candidate has the same name and date of birth but a different ID number; the cell will check whether it is the same person.'
            : 'The referral was recorded; the cell will accept or decline it.';
        return {
          referral: written.referral,
          candidate: written.created as CandidateRow,
          isRepeatReferral: false,
          message,
          warnings,
          possibleDuplicateCount: written.possibleDuplicates,
        };
      }
      const candidate = await tx.findOneOrFail(CandidateEntity, { id: decision.candidateId });
      if (decision.spellingDiffers) {
        // The identity agrees (same name ignoring accents, case and spaces; same date of birth
        // and gender), but the name is written differently: the record keeps its spelling.
        warnings.push({
          field: 'input.person.fullName',
          message: 'The name is written differently (accents or spaces) from the record already held for this national ID number; the record keeps its spelling.',
        });
      }
      const message = decision.reRefer
        ? `This person (same national ID number) was already a candidate (${decision.previousStatus}). Your referral was attached to that record and brings the person back to the cell for a decision.`
        : `This person (same national ID number) is already a candidate (${candidate.status}). Your referral was attached to that record; the details already held were kept.`;
      return { referral: written.referral, candidate, isRepeatReferral: true, message, warnings, possibleDuplicateCount: 0 };
    });
  }

  async accept(referralId: string): Promise<{ referral: ReferralRow; candidate: CandidateRow }> {
    const caller = requireCaller(this.scope);
    return this.scope.em.transactional(async (tx) => {
      const { referral, candidate } = await this.lockForDecision(tx, caller, referralId);
      const now = this.scope.deps.clock.now();
      switch (candidate.status) {
        case 'REFERRED':
          // The cell may have been closed (merged, dissolved) since the referral was submitted.
          await requireActiveCell(tx, referral.cellId, SOURCING_APP_RULES['SOURCING.REFERRAL_TO_A_CELL']);
          // The accepting cell becomes the nurturing cell (a re-referral may name another cell).
          candidate.cellId = referral.cellId;
          candidate.cellReassignmentNeededSince = null;
          await moveCandidate(tx, this.scope.deps, candidate, { kind: 'ACCEPT' }, caller.actor, now);
          this.scope.deps.events.recordEvent(tx, candidateAccepted, {
            aggregateId: candidate.id,
            actor: caller.actor,
            occurredAt: now,
            data: { candidateId: candidate.id, cellId: candidate.cellId, acceptedOn: candidate.acceptedOn ?? localDateInVietnam(now) },
          });
          break;
        case 'IN_SOURCE_POOL':
        case 'IN_TRAINING':
        case 'TRAINED':
        case 'IN_ADMISSION':
          // Already nurtured: by this cell, the referral is simply noted; by another, it is refused.
          if (candidate.cellId !== referral.cellId) {
            throw ruleViolation(SOURCING_APP_RULES['SOURCING.NURTURED_BY_ANOTHER_CELL'], undefined, {
              candidateId: candidate.id,
              nurturingCellId: candidate.cellId,
            });
          }
          break;
        default:
          // Declined, withdrawn or admitted: the status machine refuses and says why.
          await moveCandidate(tx, this.scope.deps, candidate, { kind: 'ACCEPT' }, caller.actor, now);
      }
      referral.status = 'ACCEPTED';
      referral.decidedAt = now;
      referral.decidedBy = caller.identity.userId;
      return { referral, candidate };
    });
  }

  /**
   * "Accept the selected": each referral in its own transaction, in the order given, so one
   * already decided (or another cell's) is answered with its refusal and the others are
   * accepted all the same.
   */
  async acceptEach(referralIds: readonly string[]): Promise<ItemOutcome<string, { referral: ReferralRow; candidate: CandidateRow }>[]> {
    requireCaller(this.scope);
    return eachOnItsOwn(referralIds, (referralId) => this.accept(referralId));
  }

  async decline(
    command: DeclineReferralCommand,
  ): Promise<{ referral: ReferralRow; candidate: CandidateRow }> {
    const caller = requireCaller(this.scope);
    const { note } = command;
    if (!isOneOf(DECLINE_REASONS, command.reason) || (command.reason === 'OTHER' && note === '')) {
      throw ruleViolation(SOURCING_RULES['SOURCING.DECLINE_NEEDS_REASON']);
    }
    return this.scope.em.transactional(async (tx) => {
      const { referral, candidate } = await this.lockForDecision(tx, caller, command.referralId);
      const now = this.scope.deps.clock.now();
      referral.status = 'DECLINED';
      referral.declineReason = command.reason;
      referral.declineNote = note === '' ? null : note;
      referral.decidedAt = now;
      referral.decidedBy = caller.identity.userId;
      this.scope.deps.events.recordEvent(tx, referralDeclined, {
        aggregateId: referral.id,
        actor: caller.actor,
        occurredAt: now,
        data: { referralId: referral.id, candidateId: candidate.id, reason: command.reason },
      });
      // The person is declined only when no referral of theirs is still open, and never for
      // a duplicate referral (that declines the paperwork, not the person).
      if (candidate.status === 'REFERRED' && command.reason !== 'DUPLICATE') {
        const [open] = await tx.execute<{ count: string }[]>(
          "select count(*) as count from referral where candidate_id = ?::uuid and status = 'SUBMITTED' and id <> ?::uuid",
          [candidate.id, referral.id],
        );
        if (Number(open?.count ?? 0) === 0) {
          await moveCandidate(tx, this.scope.deps, candidate, { kind: 'DECLINE', reason: command.reason, note }, caller.actor, now);
          this.scope.deps.events.recordEvent(tx, candidateDeclined, {
            aggregateId: candidate.id,
            actor: caller.actor,
            occurredAt: now,
            data: { candidateId: candidate.id, cellId: candidate.cellId, reason: command.reason },
          });
        }
      }
      return { referral, candidate };
    });
  }

  private async lockForDecision(tx: EntityManager, caller: Caller, referralId: string): Promise<{ referral: ReferralRow; candidate: CandidateRow }> {
    // The status as the request found it, before waiting for the row lock: a referral that was
    // open then and is decided once the lock is ours was decided by someone else at the same time.
    const [before] = await tx.execute<{ status: string }[]>('select status from referral where id = ?::uuid', [referralId]);
    const referral = await tx.findOne(ReferralEntity, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!referral) throw AppError.notFound('Referral', referralId);
    await assertRecordInScope(caller.identity, referral.cellId, new SourcingScopes(tx), () => AppError.notFound('Referral', referralId));
    if (referral.status !== 'SUBMITTED' && before?.status === 'SUBMITTED') {
      throw AppError.conflict(
        `Hồ sơ giới thiệu này vừa được người khác quyết định (${referral.status}) lúc ${referral.decidedAt?.toISOString() ?? '?'}; không có gì được ghi thêm, hãy tải lại. / ` +
          `While you were deciding, someone else decided this referral (it is now ${referral.status}, since ${referral.decidedAt?.toISOString() ?? '?'}); nothing of yours was recorded: reload it.`,
        { referralId, status: referral.status, decidedAt: referral.decidedAt?.toISOString() ?? null },
      );
    }
    if (referral.status !== 'SUBMITTED') {
      throw ruleViolation(SOURCING_APP_RULES['SOURCING.REFERRAL_DECIDED'], `It is ${referral.status}.`, { status: referral.status });
    }
    const candidate = await tx.findOneOrFail(CandidateEntity, { id: referral.candidateId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return { referral, candidate };
  }

  private async requireReferringOrganisation(tx: EntityManager, caller: Caller, massOrganisationId: string): Promise<MassOrganisationRow> {
    await assertMassOrganisationInScope(caller.identity, massOrganisationId, new SourcingScopes(tx));
    const massOrganisation = await tx.findOne(MassOrganisationEntity, { id: massOrganisationId });
    if (!massOrganisation) throw AppError.notFound('Mass organisation', massOrganisationId);
    if (!massOrganisation.active) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MASS_ORGANISATION_ACTIVE'], undefined, { massOrganisationId });
    return massOrganisation;
  }
}
