import { memberMadeOfficial, memberRecordCorrected } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import {
  assertCellForMembers,
  type Gender,
  ORGANISATION_RULES,
  type PartyMemberRecord,
  type PartyMemberStatus,
  placementPeriods,
  recogniseOfficial,
  replayMovements,
} from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { assertOrganisationAccessible } from '../common/access';
import { isUniqueViolation } from '../common/db-errors';
import { newId } from '../common/ids';
import { type ServiceScope } from '../common/service-scope';
import { todayOf } from '../common/today';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import { loadAllVersions } from '../organisation/organisation.queries';
import { createMember } from './member-creation';
import { memberStatePayload } from './member-events';
import { insertCorrections, replacePlacements, saveMemberRecord, saveMemberStates } from './member-ledger';
import type { LedgerContext } from './member-moves';
import { type CorrectionKind, type MemberCorrectionRow, MEMBER_RECORD_FIELDS, RECORD_PROPERTY } from './member-correction.entity';
import { placementRows, toDomainMovement, toMemberRecord, withRecord, withState } from './member-record';
import { assertValidMemberRecord } from './member-record.validation';
import type { PartyMemberRow, RegistrationKind } from './party-member.entity';
import { findMembersByIds, findMovements, nationalIdTaken } from './party-member.queries';

export interface RegisterMemberCommand {
  organisationId: string;
  fullName: string;
  dateOfBirth: string;
  gender: Gender;
  nationalId: string | null;
  status: PartyMemberStatus;
  admissionDecisionDate: string | null;
  ceremonyDate: string | null;
  officialDate: string | null;
  registeredOn: string | null;
  registrationKind: RegistrationKind;
}

/** New values for record fields; undefined = unchanged. */
export interface RecordCorrections {
  fullName?: string;
  dateOfBirth?: string;
  gender?: Gender;
  nationalId?: string;
  admissionDecisionDate?: string;
  ceremonyDate?: string;
  officialDate?: string;
}

/**
 * Member records: registration, completion and correction of personal data, and manual
 * official recognition. Each change is one transaction; the member row is locked, and the
 * tree is locked shared so the member's cell cannot close underneath.
 */
export class PartyMemberService {
  constructor(private readonly scope: ServiceScope) {}

  private ledger(em: EntityManager): LedgerContext {
    return { em, events: this.scope.events, actor: this.scope.actor, today: todayOf(this.scope.clock), now: this.scope.clock.now() };
  }

  async register(command: RegisterMemberCommand): Promise<PartyMemberRow> {
    return duplicateAsConflict(this.scope.em.transactional(async (em) => {
      await lockOrganisationTreeShared(em);
      const ctx = this.ledger(em);
      const record = assertValidMemberRecord(
        {
          memberId: newId(),
          fullName: command.fullName,
          dateOfBirth: command.dateOfBirth,
          gender: command.gender,
          nationalId: command.nationalId,
          organisationId: command.organisationId,
          status: command.status,
          admissionDecisionDate: command.admissionDecisionDate,
          ceremonyDate: command.ceremonyDate,
          officialDate: command.officialDate,
          candidateId: null,
          registeredOn: command.registeredOn ?? ctx.today,
        },
        ctx.today,
      );
      assertCellForMembers(await loadAllVersions(em), record.organisationId, record.registeredOn);
      return createMember(ctx, record, command.registrationKind);
    }));
  }

  /** Fills the personal data of a member created from an admission ceremony. */
  async complete(memberId: string, values: RecordCorrections): Promise<PartyMemberRow> {
    return duplicateAsConflict(this.scope.em.transactional(async (em) => {
      const row = await this.lockMember(em, memberId);
      if (row.fullName !== null) {
        throw AppError.conflict('This member’s record is already complete; change it with correctMemberRecord, giving a reason.', { memberId });
      }
      return this.change(em, row, values, 'COMPLETION', 'Record completed after admission.');
    }));
  }

  /** Corrects recorded values; the old ones are kept with who, when and why. */
  async correct(memberId: string, values: RecordCorrections, reason: string): Promise<PartyMemberRow> {
    return duplicateAsConflict(this.scope.em.transactional(async (em) => {
      const row = await this.lockMember(em, memberId);
      return this.change(em, row, values, 'CORRECTION', reason);
    }));
  }

  /** Manual recognition (existing data); the normal path is the admission service's event. */
  async recognise(memberId: string, decisionDate: string): Promise<PartyMemberRow> {
    return this.scope.em.transactional(async (em) => {
      const row = await this.lockMember(em, memberId);
      const ctx = this.ledger(em);
      if (decisionDate > ctx.today) {
        throw ruleViolation(ORGANISATION_RULES['MEMBER.DATE_NOT_IN_FUTURE'], 'The decision date is after today.', { memberId });
      }
      const record = recogniseOfficial(toMemberRecord(row), decisionDate);
      const updated = withRecord(row, record, ctx.now);
      await saveMemberRecord(em, updated);
      ctx.events.recordEvent(em, memberMadeOfficial, {
        aggregateId: row.id,
        actor: ctx.actor,
        data: { ...memberStatePayload(updated), officialDate: record.officialDate as string },
      });
      return updated;
    });
  }

  private async lockMember(em: EntityManager, memberId: string): Promise<PartyMemberRow> {
    await lockOrganisationTreeShared(em);
    const [row] = await findMembersByIds(em, [memberId], { forUpdate: true });
    if (!row) throw AppError.notFound('Party member', memberId);
    await assertOrganisationAccessible(this.scope, row.cellId);
    return row;
  }

  private async change(em: EntityManager, row: PartyMemberRow, values: RecordCorrections, kind: CorrectionKind, reason: string): Promise<PartyMemberRow> {
    const ctx = this.ledger(em);
    const before = toMemberRecord(row);
    const after = assertValidMemberRecord({ ...before, ...definedValues(values) }, ctx.today);
    const corrections = changedFields(before, after).map(
      (field): MemberCorrectionRow => ({
        id: newId(),
        memberId: row.id,
        kind,
        field,
        oldValue: before[RECORD_PROPERTY[field]],
        newValue: after[RECORD_PROPERTY[field]],
        reason,
        correctedAt: ctx.now,
        correctedBy: ctx.actor.id,
        correctedByRole: ctx.actor.role,
      }),
    );
    if (corrections.length === 0) {
      throw AppError.badInput('Nothing to change: every value given is the one already recorded.', [
        { field: 'input', message: 'every value given is the one already recorded' },
      ]);
    }
    if (after.nationalId !== null && after.nationalId !== before.nationalId && (await nationalIdTaken(em, after.nationalId, row.id))) {
      throw AppError.conflict('Another member is already recorded with this national ID number.');
    }
    let updated = withRecord(row, after, ctx.now);
    if (after.ceremonyDate !== before.ceremonyDate || after.registeredOn !== before.registeredOn) {
      // The membership's first day moved: replay the history from it (the domain refuses a
      // ceremony after a recorded movement) and rewrite the placement periods.
      const movements = (await findMovements(em, [row.id])).map(toDomainMovement);
      updated = withState(updated, replayMovements(after, movements, ctx.today), ctx.now);
      await replacePlacements(em, [row.id], placementRows(row.id, placementPeriods(after, movements)));
      await saveMemberStates(em, [updated]);
    }
    await saveMemberRecord(em, updated);
    await insertCorrections(em, corrections);
    // Read models (e.g. admission's vote base) hear which fields changed and the new party
    // dates; the personal values themselves stay here.
    ctx.events.recordEvent(em, memberRecordCorrected, {
      aggregateId: row.id,
      actor: ctx.actor,
      data: {
        ...memberStatePayload(updated),
        changedFields: corrections.map((correction) => RECORD_PROPERTY[correction.field]),
        completion: kind === 'COMPLETION',
        admissionDecisionDate: updated.admissionDecisionDate,
        ceremonyDate: updated.ceremonyDate,
        officialDate: updated.officialDate,
      },
    });
    return updated;
  }
}

/**
 * The checks for a national ID or candidate already recorded run first; a concurrent request
 * can still win the race, and then the unique constraint answers: the same CONFLICT.
 */
async function duplicateAsConflict<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw AppError.conflict('Another member is already recorded with this national ID number or candidate.');
    throw error;
  }
}

function definedValues(values: RecordCorrections): Partial<PartyMemberRecord> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<PartyMemberRecord>;
}

/** The record fields whose (normalised) value differs. */
export function changedFields(before: PartyMemberRecord, after: PartyMemberRecord) {
  return MEMBER_RECORD_FIELDS.filter((field) => before[RECORD_PROPERTY[field]] !== after[RECORD_PROPERTY[field]]);
}
