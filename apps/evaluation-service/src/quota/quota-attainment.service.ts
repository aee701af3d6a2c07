import { quotaAttainment, type TargetAttainment } from '@pdv/evaluation-domain';
import type { ServiceScope } from '../common/service-scope';
import { storedTargets } from '../target/target.queries';

/** Mass organisations' referral quotas against their accepted referrals, read from the counters. */
export class QuotaAttainmentService {
  constructor(private readonly scope: ServiceScope) {}

  /** null when the sourcing service published no quota for the year. */
  async attainment(massOrganisationId: string, year: number): Promise<TargetAttainment | null> {
    const [accepted] = await this.scope.em.execute<{ value: number }[]>(
      `select value from progress_counter where scope = 'MASS_ORGANISATION' and scope_id = ?::uuid and period_key = ? and source_category = 'ALL'
         and stage = 'ACCEPTED' and measure = 'ENTERED'`,
      [massOrganisationId, String(year)],
    );
    return quotaAttainment(await storedTargets(this.scope.em, year), massOrganisationId, year, accepted?.value ?? 0);
  }
}
