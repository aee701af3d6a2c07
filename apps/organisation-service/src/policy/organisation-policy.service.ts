import { planTermSet } from '@pdv/contracts';
import { Problems } from '@pdv/errors';
import type { OrganisationPolicy } from '@pdv/organisation-domain';
import type { ServiceScope } from '../common/service-scope';
import { loadPolicy } from './organisation-policy.queries';

export interface PolicyView extends OrganisationPolicy {
  updatedAt: Date;
  updatedBy: string;
  updatedByRole: string | null;
}

/** Bounds that keep a typo from disabling a rule (e.g. a 3-digit year or a negative quorum). */
export function checkPolicy(policy: OrganisationPolicy): void {
  const problems = new Problems();
  const inRange = (field: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) problems.add(field, `must be a whole number from ${min} to ${max}`);
  };
  inRange('input.maxFutureDays', policy.maxFutureDays, 0, 366);
  inRange('input.planFirstYear', policy.planTerm.firstYear, 2000, 2100);
  inRange('input.planLastYear', policy.planTerm.lastYear, 2000, 2100);
  inRange('input.minOfficialMembersToVote', policy.minOfficialMembersToVote, 1, 50);
  if (policy.planTerm.lastYear < policy.planTerm.firstYear) problems.add('input.planLastYear', 'must not be before planFirstYear');
  problems.throwIfAny('The policy is not valid.');
}

/** The ward's configurable values for organisations and members. */
export class OrganisationPolicyService {
  constructor(private readonly scope: ServiceScope) {}

  async get(): Promise<PolicyView> {
    const [policy, [meta]] = await Promise.all([
      loadPolicy(this.scope.em),
      this.scope.em.execute<{ updatedAt: string; updatedBy: string; updatedByRole: string | null }[]>(
        'select updated_at as "updatedAt", updated_by as "updatedBy", updated_by_role as "updatedByRole" from organisation_policy where id = 1',
      ),
    ]);
    return { ...policy, updatedAt: new Date(meta?.updatedAt ?? 0), updatedBy: meta?.updatedBy ?? 'migration', updatedByRole: meta?.updatedByRole ?? null };
  }

  async update(policy: OrganisationPolicy): Promise<PolicyView> {
    checkPolicy(policy);
    const { actor, clock, events } = this.scope;
    await this.scope.em.transactional(async (tx) => {
      await tx.execute(
        `insert into organisation_policy (id, max_future_days, plan_first_year, plan_last_year, min_official_members_to_vote, updated_at, updated_by, updated_by_role)
         values (1, ?, ?, ?, ?, ?, ?, ?)
         on conflict (id) do update set max_future_days = excluded.max_future_days, plan_first_year = excluded.plan_first_year,
           plan_last_year = excluded.plan_last_year, min_official_members_to_vote = excluded.min_official_members_to_vote,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by, updated_by_role = excluded.updated_by_role`,
        [policy.maxFutureDays, policy.planTerm.firstYear, policy.planTerm.lastYear, policy.minOfficialMembersToVote, clock.now(), actor.id, actor.role],
      );
      // The plan term is this service's to own; other services keep it from this event.
      events.recordEvent(tx, planTermSet, { aggregateId: 'plan-term', actor, data: { firstYear: policy.planTerm.firstYear, lastYear: policy.planTerm.lastYear } });
    });
    return this.get();
  }
}
