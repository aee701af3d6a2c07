import { targetExemptionRevoked, targetExemptionSet } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { planTargetExemption, revokeTargetExemption, type TargetExemptionReason } from '@pdv/organisation-domain';
import { isUniqueViolation } from '../common/db-errors';
import { newId } from '../common/ids';
import { type ServiceScope } from '../common/service-scope';
import { todayOf } from '../common/today';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import { loadAllVersions } from '../organisation/organisation.queries';
import { loadPolicy } from '../policy/organisation-policy.queries';
import { TargetExemptionEntity, type TargetExemptionRow } from './target-exemption.entity';
import { type ExemptionQuery, findExemptionById, findExemptions, toDomainExemption } from './target-exemption.queries';

export interface SetExemptionCommand {
  organisationId: string;
  year: number;
  reason: TargetExemptionReason;
  note: string | null;
}

/** Target exemptions: set with a reason, revoked with the row kept (who, when, why). */
export class TargetExemptionService {
  constructor(private readonly scope: ServiceScope) {}

  list(query: ExemptionQuery): Promise<TargetExemptionRow[]> {
    return findExemptions(this.scope.em, query);
  }

  async set(command: SetExemptionCommand): Promise<TargetExemptionRow> {
    const { clock, actor, events } = this.scope;
    try {
      return await this.scope.em.transactional(async (em) => {
        await lockOrganisationTreeShared(em);
        // Sequential: a transaction has one connection, which runs one query at a time.
        const versions = await loadAllVersions(em);
        const policy = await loadPolicy(em);
        const existing = await findExemptions(em, { year: command.year, organisationIds: [command.organisationId], includeRevoked: false });
        const planned = planTargetExemption(
          { exemptionId: newId(), organisationId: command.organisationId, year: command.year, reason: command.reason },
          { versions, exemptions: existing.map(toDomainExemption), policy },
        );
        const row: TargetExemptionRow = {
          id: planned.exemptionId,
          organisationId: planned.organisationId,
          year: planned.year,
          reason: planned.reason,
          note: command.note,
          setAt: clock.now(),
          setBy: actor.id,
          setByRole: actor.role,
          revokedOn: null,
          revokedAt: null,
          revokedBy: null,
          revokedByRole: null,
          revocationNote: null,
        };
        await em.insertMany(TargetExemptionEntity, [row]);
        events.recordEvent(em, targetExemptionSet, {
          aggregateId: row.id,
          actor,
          data: { exemptionId: row.id, organisationId: row.organisationId, year: row.year, reason: row.reason },
        });
        return row;
      });
    } catch (error) {
      // Another request set one for the same organisation and year in the meantime.
      if (isUniqueViolation(error)) {
        throw AppError.conflict(`The organisation already has an exemption for ${command.year}; revoke it first to change the reason.`, {
          organisationId: command.organisationId,
          year: command.year,
        });
      }
      throw error;
    }
  }

  async revoke(exemptionId: string, note: string | null): Promise<TargetExemptionRow> {
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const row = await findExemptionById(em, exemptionId, { forUpdate: true });
      if (!row) throw AppError.notFound('Target exemption', exemptionId);
      const revoked = revokeTargetExemption(toDomainExemption(row), todayOf(clock));
      const updated: TargetExemptionRow = {
        ...row,
        revokedOn: revoked.revokedOn,
        revokedAt: clock.now(),
        revokedBy: actor.id,
        revokedByRole: actor.role,
        revocationNote: note,
      };
      await em.execute(
        `update target_exemption set revoked_on = ?::date, revoked_at = ?, revoked_by = ?, revoked_by_role = ?, revocation_note = ?
          where id = ?::uuid`,
        [updated.revokedOn, updated.revokedAt, updated.revokedBy, updated.revokedByRole, updated.revocationNote, updated.id],
      );
      events.recordEvent(em, targetExemptionRevoked, {
        aggregateId: row.id,
        actor,
        data: { exemptionId: row.id, organisationId: row.organisationId, year: row.year },
      });
      return updated;
    });
  }
}
