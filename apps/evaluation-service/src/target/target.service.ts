import { randomUUID } from 'node:crypto';
import { targetChanged } from '@pdv/contracts';
import { currentPlanTerm } from '@pdv/organisation-read-model';
import { ruleViolation } from '@pdv/errors';
import { DEFAULT_EVALUATION_POLICY, EVALUATION_RULES as R, planTargetChange, type Target, type TargetChangeInput, targetsInForce } from '@pdv/evaluation-domain';
import type { ServiceScope } from '../common/service-scope';
import { TargetChangeEntity } from './target.entity';
import { bumpReadModelVersion } from '../dashboard/read-model-version';
import { lockTargets, storedTargets } from './target.queries';

/** The plan's targets as data: defaults of the plan, the board's values, the quotas from sourcing. */
export class TargetService {
  constructor(private readonly scope: ServiceScope) {}

  /** The targets in force for a year of the plan's term (EVALUATION.TARGET_YEAR_IN_TERM otherwise). */
  async targets(year: number): Promise<Target[]> {
    const planTerm = await currentPlanTerm(this.scope.em, DEFAULT_EVALUATION_POLICY.planTerm);
    if (year < planTerm.firstYear || year > planTerm.lastYear) {
      throw ruleViolation(R['EVALUATION.TARGET_YEAR_IN_TERM'], `The term runs from ${planTerm.firstYear} to ${planTerm.lastYear}.`, { year });
    }
    return targetsInForce(year, await storedTargets(this.scope.em, year), { planTerm });
  }

  /**
   * Sets a target for a year: the domain checks the change against what is in force (the
   * board's value or the plan's default), and the target, its change record (old value, who,
   * when, why) and its event are written in one transaction.
   */
  async setTarget(input: TargetChangeInput): Promise<Target> {
    const { clock, actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      // Two board members changing the same year's targets at once: the second sees the first's value as "from".
      await lockTargets(em, input.year);
      const planTerm = await currentPlanTerm(em, DEFAULT_EVALUATION_POLICY.planTerm);
      const current = targetsInForce(input.year, await storedTargets(em, input.year), { planTerm }).find((t) => t.kind === input.kind && t.subjectId === null) ?? null;
      const at = clock.now();
      const { target, change } = planTargetChange(current, input, { actorId: actor.id, at }, { planTerm });
      await em.execute(
        `insert into evaluation_target (kind, year, subject, minimum, upper, applies_to, updated_at) values (?, ?, '', ?, ?, ?::jsonb, ?)
         on conflict (kind, year, subject) do update set minimum = excluded.minimum, upper = excluded.upper, applies_to = excluded.applies_to, updated_at = excluded.updated_at`,
        [target.kind, target.year, target.minimum, target.upper, JSON.stringify(target.appliesTo), at],
      );
      await em.insertMany(TargetChangeEntity, [{ id: randomUUID(), kind: change.kind, year: change.year, subject: '', from: change.from, to: change.to, changedBy: change.changedBy, changedAt: at, reason: change.reason }]);
      await bumpReadModelVersion(em);
      events.recordEvent(em, targetChanged, {
        aggregateId: `${target.kind}:${target.year}`,
        actor,
        data: { kind: target.kind, year: target.year, minimum: target.minimum, upper: target.upper, appliesTo: [...target.appliesTo] },
      });
      return target;
    });
  }
}
