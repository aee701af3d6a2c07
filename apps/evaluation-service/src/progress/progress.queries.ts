import type { EntityManager } from '@pdv/persistence';
import { CURRENT_PERIOD_KEY, type CounterRow } from '@pdv/evaluation-domain';

/** The subtree counters of an organisation for a period, with the pipeline as it stands: one indexed read. */
export async function subtreeCounters(em: EntityManager, organisationId: string, periodKey: string): Promise<CounterRow[]> {
  return em.execute<CounterRow[]>(
    `select stage, measure, days, value from progress_counter
      where scope = 'SUBTREE' and scope_id = ?::uuid and period_key = any(?::text[]) and source_category = 'ALL'
        and (period_key = ? or measure = 'IN_STAGE')`,
    [organisationId, `{${periodKey},${CURRENT_PERIOD_KEY}}`, periodKey],
  );
}
