import { LockMode } from '@mikro-orm/postgresql';
import { assertMassOrganisationInScope, assertOrganisationInScope } from '@pdv/auth';
import { candidateAccepted, candidateDeclined, referralDeclined, referralSubmitted } from '@pdv/contracts';
import { AppError, Problems, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import {
  classifyDuplicate,
  DECLINE_REASONS,
  type DeclineReason,
  isOneOf,
  type ReferralFinding,
  repeatReferralIdentityMismatch,
  SOURCING_RULES,
  type SourceCategory,
  type ValidReferral,
  validateReferralInput,
  vietnamDateOf,
} from '@pdv/sourcing-domain';
import { requireActiveCell } from '@pdv/organisation-read-model';
import { auditActorOf, auditRecords, writePersonalDataAudit } from '@pdv/personal-data';
import { CandidateEntity, type CandidateRow } from '../candidate/candidate.entity';
import { moveCandidate, recordCreation } from '../candidate/candidate-lifecycle';
import { flagPossibleDuplicates } from '../duplicate/possible-duplicate.queries';
import { MassOrganisationEntity, type MassOrganisationRow } from '../mass-organisation/mass-organisation.entity';
import { PolicyService } from '../policy/policy.service';
import { SOURCING_APP_RULES } from '../shared/app-rules';
import type { Caller } from '../shared/caller';
import type { SourcingDeps } from '../shared/deps';
import { isUuid } from '../shared/ids';
import { lockIntake } from '../shared/intake-lock';
import { SourcingScopes } from '../mass-organisation/mass-organisation.scopes';
import { pairCursor } from '../shared/cursor';
import { ReferralEntity, type ReferralRow } from './referral.entity';
import { findVisibleReferral, listReferrals, type ReferralFilter, referralWhere } from './referral.queries';

/** The referring person's name is not part of the domain's referral input; its bound lives here. */
export const MAX_REFERRER_NAME_LENGTH = 100;

const PERSON_FIELDS = /^input\.(fullName|dateOfBirth|gender|nationalId|phone|address|occupation|educationLevel)$/;

/** The domain names fields flat (`input.dateOfBirth`); the API nests the person (`input.person.dateOfBirth`). */
function personField(field: string): string {
  return field.replace(PERSON_FIELDS, 'input.person.$1');
}

export interface SubmitReferralCommand {
  massOrganisationId: string;
  person: {
    fullName: string;
    dateOfBirth: string;
    gender: string;
    nationalId: string;
    phone?: string | null;
    address?: string | null;
    occupation?: string | null;
    educationLevel: string;
  };
  sourceCategory: string;
  cellId: string;
  referrerName?: string | null;
  achievements?: string | null;
  reason?: string | null;
  consent: { noticeVersion: string; consentedAt: Date };
  acknowledgeOverSixty?: boolean | null;
  /** The seed passes deterministic ids; the API never does. */
  ids?: { candidateId: string; referralId: string };
}

export interface SubmitReferralResult {
  referral: ReferralRow;
  candidate: CandidateRow;
  isRepeatReferral: boolean;
  message: string;
  warnings: ReferralFinding[];
  possibleDuplicateCount: number;
}

/** Free text the domain does not validate: trimmed, NFC, bounded; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number, problems: Problems): string | null {
  const text = (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text.length > max) problems.add(field, `is longer than ${max} characters`);
  return text === '' ? null : text;
}

/** Referrals: submitted by mass organisations, accepted or declined by cells. */
export class ReferralService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SourcingDeps,
  ) {}

  async list(caller: Caller, filter: ReferralFilter, first: number, after: string | null | undefined): Promise<{ rows: ReferralRow[]; totalCount: number }> {
    for (const [field, value] of [['massOrganisationId', filter.massOrganisationId], ['organisationId', filter.organisationId]] as const) {
      if (value && !isUuid(value)) throw AppError.badInput(`${field} must be an id.`, [{ field: `filter.${field}`, message: 'must be a UUID' }]);
    }
    return listReferrals(this.em, referralWhere(caller.identity, filter), first, pairCursor(after));
  }

  /** The referral if the caller may see it; NOT_FOUND otherwise. */
  async get(caller: Caller, id: string): Promise<ReferralRow> {
    const row = isUuid(id) ? await findVisibleReferral(this.em, caller.identity, id) : null;
    if (!row) throw AppError.notFound('Referral', id);
    return row;
  }

  async submit(caller: Caller, command: SubmitReferralCommand): Promise<SubmitReferralResult> {
    const now = this.deps.clock.now();
    const policyService = new PolicyService(this.em, this.deps);
    const [policy, notices] = await Promise.all([policyService.current(), policyService.publishedNotices()]);
    const validation = validateReferralInput(
      {
        fullName: command.person.fullName,
        dateOfBirth: command.person.dateOfBirth,
        gender: command.person.gender,
        nationalId: command.person.nationalId,
        phone: command.person.phone,
        address: command.person.address,
        occupation: command.person.occupation,
        educationLevel: command.person.educationLevel,
        sourceCategory: command.sourceCategory,
        cellId: command.cellId,
        achievements: command.achievements,
        reason: command.reason,
        consent: command.consent,
        acknowledgeOverSixty: command.acknowledgeOverSixty,
      },
      now,
      { policy, notices },
    );
    const problems = validation.problems;
    const referrerName = optionalText(command.referrerName, 'input.referrerName', MAX_REFERRER_NAME_LENGTH, problems);
    if (!isUuid(command.massOrganisationId)) problems.add('input.massOrganisationId', 'must be a mass organisation id');
    if (!validation.ok || !problems.isEmpty) {
      const list = problems.all.map((p) => ({ field: personField(p.field), message: p.message }));
      throw new AppError('BAD_USER_INPUT', `The referral is not valid. ${list.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
        problems: list,
        ...(validation.violatedRules.length ? { details: { rules: validation.violatedRules.join(',') } } : {}),
      });
    }
    const valid = validation.value;
    const warnings = validation.warnings.map((w) => ({ ...w, field: personField(w.field) }));

    return this.em.transactional(async (tx) => {
      await lockIntake(tx);
      const massOrganisation = await this.requireReferringOrganisation(tx, caller, command.massOrganisationId);
      await requireActiveCell(tx, valid.cellId, SOURCING_APP_RULES['SOURCING.REFERRAL_TO_A_CELL']);
      const existing = await this.findByNationalId(tx, valid.nationalId);
      const submittedOn = vietnamDateOf(now);
      if (existing) {
        // The number alone is not enough: a referral whose person differs from the one held is
        // refused before anything about that record (status, open referrals, id) is looked at,
        // and the refusal says nothing held. See repeatReferralIdentityMismatch.
        const mismatch = repeatReferralIdentityMismatch(valid, existing.records);
        if (mismatch) {
          // this.em, not tx: the refusal rolls tx back, and the attempt must stay recorded.
          await writePersonalDataAudit(this.em, { actor: auditActorOf(caller), at: now, newId: this.deps.newId }, auditRecords('REFUSED_MATCH', 'Candidate', 'nationalId', [existing.candidate.id]));
          throw ruleViolation(mismatch);
        }
        return this.attachRepeat(tx, caller, existing.candidate, massOrganisation, valid, {
          referrerName,
          now,
          submittedOn,
          warnings,
          referralId: command.ids?.referralId,
        });
      }
      const candidate = tx.create(CandidateEntity, {
        id: command.ids?.candidateId ?? this.deps.newId(),
        fullName: valid.fullName,
        nameSearchKey: valid.nameSearchKey,
        nameSortKey: valid.nameSortKey,
        fuzzyKey: valid.fuzzyKey,
        dateOfBirth: valid.dateOfBirth,
        gender: valid.gender,
        nationalId: valid.nationalId,
        phone: valid.phone,
        address: valid.address,
        occupation: valid.occupation,
        educationLevel: valid.educationLevel,
        sourceCategory: valid.sourceCategory,
        cellId: valid.cellId,
        status: 'REFERRED',
        referredOn: submittedOn,
        acceptedOn: null,
        lastReviewedOn: null,
        duplicateOfId: null,
        cellReassignmentNeededSince: null,
        createdAt: now,
        updatedAt: now,
      });
      tx.persist(candidate);
      recordCreation(tx, this.deps, candidate, caller.actor, now);
      const referral = this.createReferral(tx, caller, candidate, massOrganisation, valid, {
        referrerName,
        now,
        submittedOn,
        isRepeat: false,
        id: command.ids?.referralId,
      });
      await writePersonalDataAudit(tx, { actor: auditActorOf(caller), at: now, newId: this.deps.newId }, auditRecords('COLLECT', 'Candidate', 'personalData', [candidate.id]));
      const similar = await tx.execute<{ id: string; full_name: string; date_of_birth: string; national_id: string }[]>(
        `select id, full_name, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, national_id from candidate
          where (fuzzy_key = ? or date_of_birth = ?::date) and id <> ?::uuid and duplicate_of_id is null`,
        [candidate.fuzzyKey, candidate.dateOfBirth, candidate.id],
      );
      const classification = classifyDuplicate(
        { nationalId: candidate.nationalId, fullName: candidate.fullName, dateOfBirth: candidate.dateOfBirth },
        similar.map((row) => ({ candidateId: row.id, fullName: row.full_name, dateOfBirth: row.date_of_birth, nationalId: row.national_id })),
      );
      const possible = classification.kind === 'POSSIBLE' ? classification.candidateIds : [];
      await flagPossibleDuplicates(tx, this.deps, possible.map((otherId) => ({ candidateId: candidate.id, otherCandidateId: otherId })), now);
      const message =
        possible.length > 0
          ? 'The referral was recorded. Another candidate has the same name and date of birth but a different ID number; the cell will check whether it is the same person.'
          : 'The referral was recorded; the cell will accept or decline it.';
      return { referral, candidate, isRepeatReferral: false, message, warnings, possibleDuplicateCount: possible.length };
    });
  }

  async accept(caller: Caller, referralId: string): Promise<{ referral: ReferralRow; candidate: CandidateRow }> {
    return this.em.transactional(async (tx) => {
      const { referral, candidate } = await this.lockForDecision(tx, caller, referralId);
      const now = this.deps.clock.now();
      switch (candidate.status) {
        case 'REFERRED':
          // The cell may have been closed (merged, dissolved) since the referral was submitted.
          await requireActiveCell(tx, referral.cellId, SOURCING_APP_RULES['SOURCING.REFERRAL_TO_A_CELL']);
          // The accepting cell becomes the nurturing cell (a re-referral may name another cell).
          candidate.cellId = referral.cellId;
          candidate.cellReassignmentNeededSince = null;
          await moveCandidate(tx, this.deps, candidate, { kind: 'ACCEPT' }, caller.actor, now);
          this.deps.events.recordEvent(tx, candidateAccepted, {
            aggregateId: candidate.id,
            actor: caller.actor,
            occurredAt: now,
            data: { candidateId: candidate.id, cellId: candidate.cellId, acceptedOn: candidate.acceptedOn ?? vietnamDateOf(now) },
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
          await moveCandidate(tx, this.deps, candidate, { kind: 'ACCEPT' }, caller.actor, now);
      }
      referral.status = 'ACCEPTED';
      referral.decidedAt = now;
      referral.decidedBy = caller.identity.userId;
      return { referral, candidate };
    });
  }

  async decline(
    caller: Caller,
    command: { referralId: string; reason: DeclineReason; note?: string | null },
  ): Promise<{ referral: ReferralRow; candidate: CandidateRow }> {
    const note = (command.note ?? '').normalize('NFC').trim();
    if (!isOneOf(DECLINE_REASONS, command.reason) || (command.reason === 'OTHER' && note === '')) {
      throw ruleViolation(SOURCING_RULES['SOURCING.DECLINE_NEEDS_REASON']);
    }
    const policy = await new PolicyService(this.em, this.deps).current();
    if (note.length > policy.maxReasonLength) {
      throw AppError.badInput('The note is too long.', [{ field: 'input.note', message: `is longer than ${policy.maxReasonLength} characters` }]);
    }
    return this.em.transactional(async (tx) => {
      const { referral, candidate } = await this.lockForDecision(tx, caller, command.referralId);
      const now = this.deps.clock.now();
      referral.status = 'DECLINED';
      referral.declineReason = command.reason;
      referral.declineNote = note === '' ? null : note;
      referral.decidedAt = now;
      referral.decidedBy = caller.identity.userId;
      this.deps.events.recordEvent(tx, referralDeclined, {
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
          await moveCandidate(tx, this.deps, candidate, { kind: 'DECLINE', reason: command.reason, note }, caller.actor, now);
          this.deps.events.recordEvent(tx, candidateDeclined, {
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
    const referral = isUuid(referralId) ? await tx.findOne(ReferralEntity, { id: referralId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!referral) throw AppError.notFound('Referral', referralId);
    await assertOrganisationInScope(caller.identity, referral.cellId, new SourcingScopes(tx));
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

  /**
   * The candidate holding this national ID, locked; a record folded into another resolves to
   * the kept one. `records` are every record involved (holder, and kept record if any): the
   * submitted identity must agree with each of them.
   */
  private async findByNationalId(tx: EntityManager, nationalId: string): Promise<{ candidate: CandidateRow; records: CandidateRow[] } | null> {
    const found = await tx.findOne(CandidateEntity, { nationalId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!found) return null;
    if (!found.duplicateOfId) return { candidate: found, records: [found] };
    const kept = await tx.findOneOrFail(CandidateEntity, { id: found.duplicateOfId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return { candidate: kept, records: [found, kept] };
  }

  /** Only called once the submitted identity agrees with the record held (so the CONFLICT below tells the caller nothing they did not know). */
  private async attachRepeat(
    tx: EntityManager,
    caller: Caller,
    candidate: CandidateRow,
    massOrganisation: MassOrganisationRow,
    valid: ValidReferral,
    context: { referrerName: string | null; now: Date; submittedOn: string; warnings: ReferralFinding[]; referralId?: string },
  ): Promise<SubmitReferralResult> {
    if (candidate.status === 'ADMITTED') throw ruleViolation(SOURCING_RULES['SOURCING.ADMITTED_NOT_REFERABLE']);
    const [open] = await tx.execute<{ id: string }[]>(
      `select r.id from referral r
        where r.candidate_id = ?::uuid and r.status in ('SUBMITTED', 'ACCEPTED')
          and r.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))`,
      [candidate.id, massOrganisation.parentId ?? massOrganisation.id],
    );
    // After a decline or withdrawal the old referrals are history: a new one starts a new cycle.
    if (open && candidate.status !== 'DECLINED' && candidate.status !== 'WITHDRAWN') {
      throw AppError.conflict(
        'Your organisation has already referred this person (same national ID number) and that referral is still open; nothing new was recorded.',
        { candidateId: candidate.id, referralId: open.id },
      );
    }
    const previousStatus = candidate.status;
    const moved = await moveCandidate(tx, this.deps, candidate, { kind: 'RE_REFER' }, caller.actor, context.now);
    if (moved) {
      // Coming back after a decline or withdrawal: this referral decides the cell and category.
      candidate.cellId = valid.cellId;
      candidate.sourceCategory = valid.sourceCategory;
    }
    const referral = this.createReferral(tx, caller, candidate, massOrganisation, valid, {
      referrerName: context.referrerName,
      now: context.now,
      submittedOn: context.submittedOn,
      isRepeat: true,
      id: context.referralId,
    });
    // A repeat referral collects the person's data again (with a new consent): recorded too.
    await writePersonalDataAudit(tx, { actor: auditActorOf(caller), at: context.now, newId: this.deps.newId }, auditRecords('COLLECT', 'Candidate', 'personalData', [candidate.id]));
    const warnings = [...context.warnings];
    if (valid.fullName !== candidate.fullName) {
      // The identity agrees (same name ignoring accents, case and spaces; same date of birth
      // and gender), but the name is written differently: the record keeps its spelling.
      warnings.push({
        field: 'input.person.fullName',
        message: 'The name is written differently (accents or spaces) from the record already held for this national ID number; the record keeps its spelling.',
      });
    }
    const message = moved
      ? `This person (same national ID number) was already a candidate (${previousStatus}). Your referral was attached to that record and brings the person back to the cell for a decision.`
      : `This person (same national ID number) is already a candidate (${candidate.status}). Your referral was attached to that record; the details already held were kept.`;
    return { referral, candidate, isRepeatReferral: true, message, warnings, possibleDuplicateCount: 0 };
  }

  private createReferral(
    tx: EntityManager,
    caller: Caller,
    candidate: CandidateRow,
    massOrganisation: MassOrganisationRow,
    valid: ValidReferral,
    context: { referrerName: string | null; now: Date; submittedOn: string; isRepeat: boolean; id?: string },
  ): ReferralRow {
    const referral = tx.create(ReferralEntity, {
      id: context.id ?? this.deps.newId(),
      candidateId: candidate.id,
      massOrganisationId: massOrganisation.id,
      cellId: valid.cellId,
      sourceCategory: valid.sourceCategory as SourceCategory,
      referrerName: context.referrerName,
      achievements: valid.achievements,
      reason: valid.reason,
      consentNoticeVersion: valid.consent.noticeVersion,
      consentedAt: valid.consent.consentedAt,
      status: 'SUBMITTED',
      isRepeat: context.isRepeat,
      declineReason: null,
      declineNote: null,
      decidedAt: null,
      decidedBy: null,
      submittedOn: context.submittedOn,
      submittedAt: context.now,
      submittedBy: caller.identity.userId,
      importId: null,
      movedFromCandidateId: null,
    });
    tx.persist(referral);
    this.deps.events.recordEvent(tx, referralSubmitted, {
      aggregateId: referral.id,
      actor: caller.actor,
      occurredAt: context.now,
      data: {
        referralId: referral.id,
        candidateId: candidate.id,
        massOrganisationId: massOrganisation.id,
        cellId: referral.cellId,
        sourceCategory: referral.sourceCategory,
        submittedOn: referral.submittedOn,
        isRepeatReferral: context.isRepeat,
      },
    });
    return referral;
  }
}
