import { currentPlanTerm } from '@pdv/organisation-read-model';
import { ruleViolation } from '@pdv/errors';
import { DEFAULT_EVALUATION_POLICY, EVALUATION_RULES as R, type Target, targetsInForce } from '@pdv/evaluation-domain';
import type { ServiceScope } from '../common/service-scope';
import { storedTargets } from './target.queries';

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
}
