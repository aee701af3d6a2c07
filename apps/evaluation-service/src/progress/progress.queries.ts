import { type EntityManager, pgArray } from '@pdv/persistence';
import { CURRENT_PERIOD_KEY, type CounterRow } from '@pdv/evaluation-domain';

/** The subtree counters of organisations for a period, with the pipeline as it stands: one indexed read for one or a page. */
export async function subtreeCountersOf(em: EntityManager, organisationIds: readonly string[], periodKey: string): Promise<Map<string, CounterRow[]>> {
  const out = new Map(organisationIds.map((id) => [id, [] as CounterRow[]]));
  if (organisationIds.length === 0) return out;
  const rows = await em.execute<(CounterRow & { scope_id: string })[]>(
    `select scope_id, stage, measure, days, value from progress_counter
      where scope = 'SUBTREE' and scope_id = any(?::uuid[]) and period_key = any(?::text[]) and source_category = 'ALL'
        and (period_key = ? or measure = 'IN_STAGE')`,
    [pgArray([...new Set(organisationIds)]), `{${periodKey},${CURRENT_PERIOD_KEY}}`, periodKey],
  );
  for (const { scope_id, ...row } of rows) out.get(scope_id)?.push(row);
  return out;
}
