import { Registry } from 'prom-client';
import { countingQueryPlanCache } from './query-plan-cache';

type Plan = Parameters<ReturnType<typeof countingQueryPlanCache>['set']>[1];
const plan = (label: string) => ({ kind: 'QueryPlan', node: undefined, label }) as unknown as Plan;

async function lookups(registry: Registry): Promise<Record<string, number>> {
  const metric = await registry.getSingleMetric('gateway_query_plan_cache_lookups_total')?.get();
  return Object.fromEntries((metric?.values ?? []).map((value) => [String(value.labels.outcome), value.value]));
}

describe('countingQueryPlanCache', () => {
  it('counts hits and misses and keeps at most its size', async () => {
    const registry = new Registry();
    const cache = countingQueryPlanCache(2, registry);
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', plan('a'));
    await cache.set('b', plan('b'));
    expect(await cache.get('a')).toEqual(plan('a'));
    await cache.set('c', plan('c'));
    expect(await cache.get('b')).toBeUndefined();
    expect(await lookups(registry)).toEqual({ hit: 1, miss: 2 });
    cache.clear();
    expect(await cache.get('a')).toBeUndefined();
  });
});
