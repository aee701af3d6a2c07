import type { GatewayConfig as ApolloGatewayConfig } from '@apollo/gateway';
import { Counter, type Registry } from 'prom-client';
import { LruMap } from './lru-map';

type QueryPlanCache = NonNullable<NonNullable<ApolloGatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache['get']>>>;

/**
 * The gateway's query-plan cache, bounded by operation count (Apollo's default is bounded by
 * an estimate of bytes that JSON-serialises every plan it stores) and counting its hits and
 * misses on /metrics: a falling hit rate means clients send more distinct operations than it
 * holds, and planning (otherwise ~0% of the gateway's CPU) comes back.
 */
export function countingQueryPlanCache(maxEntries: number, registry: Registry): QueryPlanCache {
  const plans = new LruMap<string, QueryPlan>(maxEntries);
  const lookups = new Counter({
    name: 'gateway_query_plan_cache_lookups_total',
    help: 'Query-plan cache lookups by outcome (hit or miss).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const hits = lookups.labels('hit');
  const misses = lookups.labels('miss');
  return {
    async get(key) {
      const plan = plans.get(key);
      (plan ? hits : misses).inc();
      return plan;
    },
    async set(key, plan) {
      plans.set(key, plan);
    },
    async delete(key) {
      return plans.delete(key);
    },
    clear() {
      plans.clear();
    },
  };
}
