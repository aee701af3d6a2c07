import { localDateInVietnam } from '@pdv/calendar';
import { pgArray } from '@pdv/persistence';
import { quotaSet } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { checkQuotaTarget, quotaAttainment, type QuotaAttainment } from '@pdv/sourcing-domain';
import { MassOrganisationEntity } from '../mass-organisation/mass-organisation.entity';
import { PolicyService } from '../policy/policy.service';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import type { Caller } from '../common/caller';
import { requireCaller, type ServiceScope } from '../common/service-scope';
import { isUuid } from '@pdv/graphql';
import { ReferralQuotaEntity, type ReferralQuotaRow } from './quota.entity';
import type { SetQuotaCommand } from './quota.parse';

export interface QuotaWithAttainment {
  quota: ReferralQuotaRow;
  attainment: QuotaAttainment & { referred: number; accepted: number; asOf: string };
}

interface Counts {
  referred: number;
  accepted: number;
}

/** Referral quotas and their attainment. */
export class QuotaService {
  constructor(private readonly scope: ServiceScope) {}

  async set(command: SetQuotaCommand): Promise<QuotaWithAttainment> {
    const caller = requireCaller(this.scope);
    const policy = await new PolicyService(this.scope).current();
    checkQuotaTarget(command, policy);
    const quota = await this.scope.em.transactional(async (tx) => {
      await this.assertQuotaSetter(tx, caller);
      const organisation = await tx.findOne(MassOrganisationEntity, { id: command.massOrganisationId });
      if (!organisation) throw AppError.notFound('Mass organisation', command.massOrganisationId);
      if (!organisation.active) throw ruleViolation(SOURCING_APP_RULES['SOURCING.MASS_ORGANISATION_ACTIVE']);
      if (organisation.parentId !== null) {
        throw AppError.badInput('Quotas are set for ward-level units; a branch’s referrals count towards its unit’s quota.', [
          { field: 'input.massOrganisationId', message: 'is a branch, not a ward-level unit' },
        ]);
      }
      const now = this.scope.deps.clock.now();
      let row = await tx.findOne(ReferralQuotaEntity, { massOrganisationId: organisation.id, year: command.year });
      if (row && row.target === command.target) return row;
      if (row) {
        row.target = command.target;
        row.setAt = now;
        row.setBy = caller.identity.userId;
      } else {
        row = tx.create(ReferralQuotaEntity, {
          id: command.id ?? this.scope.deps.newId(),
          massOrganisationId: organisation.id,
          year: command.year,
          target: command.target,
          setAt: now,
          setBy: caller.identity.userId,
        });
        tx.persist(row);
      }
      this.scope.deps.events.recordEvent(tx, quotaSet, {
        aggregateId: row.id,
        actor: caller.actor,
        occurredAt: now,
        data: { quotaId: row.id, massOrganisationId: row.massOrganisationId, year: row.year, target: row.target },
      });
      return row;
    });
    const [withAttainment] = await this.withAttainment([quota]);
    return withAttainment;
  }

  async list(filter: { year: number; massOrganisationId?: string | null }): Promise<QuotaWithAttainment[]> {
    const caller = requireCaller(this.scope);
    const where: Record<string, unknown> = { year: filter.year };
    if (filter.massOrganisationId) where.massOrganisationId = filter.massOrganisationId;
    // Staff of an organisation see its own quota; the Front's staff set them, so they see all.
    if (caller.identity.role === 'MASS_ORG_STAFF' && !(await this.isFrontStaff(this.scope.em, caller))) {
      if (filter.massOrganisationId && filter.massOrganisationId !== caller.identity.scopeId) return [];
      where.massOrganisationId = caller.identity.scopeId;
    }
    const rows = await this.scope.em.find(ReferralQuotaEntity, where, { orderBy: { massOrganisationId: 'asc' } });
    return this.withAttainment(rows);
  }

  /** Attainment for many quotas in one query (distinct people per organisation subtree and year). */
  async withAttainment(quotas: readonly ReferralQuotaRow[]): Promise<QuotaWithAttainment[]> {
    if (quotas.length === 0) return [];
    const [policy, counts] = await Promise.all([new PolicyService(this.scope).current(), this.counts(quotas)]);
    const today = localDateInVietnam(this.scope.deps.clock.now());
    return quotas.map((quota) => {
      const found = counts.get(`${quota.massOrganisationId}|${quota.year}`) ?? { referred: 0, accepted: 0 };
      const attainment = quotaAttainment({ target: quota.target, referred: found.referred, accepted: found.accepted, year: quota.year, today, policy });
      return { quota, attainment: { ...attainment, referred: found.referred, accepted: found.accepted, asOf: today } };
    });
  }

  private async counts(quotas: readonly ReferralQuotaRow[]): Promise<Map<string, Counts>> {
    const rows = await this.scope.em.execute<{ organisation_id: string; year: number; referred: string; accepted: string }[]>(
      `select q.organisation_id, q.year,
              count(distinct r.candidate_id) as referred,
              count(distinct r.candidate_id) filter (where r.status = 'ACCEPTED') as accepted
         from unnest(?::uuid[], ?::int[]) as q(organisation_id, year)
         left join referral r
           on r.mass_organisation_id in (select id from mass_organisation_subtree(q.organisation_id))
          and r.submitted_on >= make_date(q.year, 1, 1) and r.submitted_on < make_date(q.year + 1, 1, 1)
        group by q.organisation_id, q.year`,
      [pgArray(quotas.map((quota) => quota.massOrganisationId)), pgArray(quotas.map((quota) => quota.year))],
    );
    return new Map(rows.map((row) => [`${row.organisation_id}|${row.year}`, { referred: Number(row.referred), accepted: Number(row.accepted) }]));
  }

  private async isFrontStaff(em: EntityManager, caller: Caller): Promise<boolean> {
    if (caller.identity.role !== 'MASS_ORG_STAFF' || !caller.identity.scopeId || !isUuid(caller.identity.scopeId)) return false;
    const unit = await em.findOne(MassOrganisationEntity, { id: caller.identity.scopeId });
    return unit?.kind === 'FATHERLAND_FRONT' && unit.parentId === null && unit.active;
  }

  private async assertQuotaSetter(em: EntityManager, caller: Caller): Promise<void> {
    if (caller.identity.role === 'PARTY_BUILDING_BOARD') return;
    if (await this.isFrontStaff(em, caller)) return;
    throw AppError.forbidden(SOURCING_APP_RULES['SOURCING.QUOTA_SET_BY_FRONT'].statement);
  }
}
