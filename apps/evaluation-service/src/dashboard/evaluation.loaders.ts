import DataLoader from 'dataloader';
import type { EvaluatedUnit } from '@pdv/evaluation-domain';
import type { ProgressService } from '../progress/progress.service';
import type { Progress } from '../progress/progress.type';
import type { WardEvaluationService } from './ward-evaluation.service';

export interface EvaluationLoaders {
  progress: DataLoader<{ organisationId: string; periodKey: string }, Progress, string>;
  unitEvaluation: DataLoader<{ organisationId: string; year: number }, EvaluatedUnit | null, string>;
}

// Groups a batch's keys by what they share (a period, a year), so a page costs one read per group.
function grouped<K, G, V>(keys: readonly K[], groupOf: (key: K) => G, load: (group: G, keys: K[]) => Promise<V[]>): Promise<V[]> {
  const groups = new Map<G, number[]>();
  keys.forEach((key, i) => groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), i]));
  return (async () => {
    const out = new Array<V>(keys.length);
    for (const [group, indexes] of groups) {
      const values = await load(group, indexes.map((i) => keys[i]));
      indexes.forEach((i, j) => (out[i] = values[j]));
    }
    return out;
  })();
}

/** One request's loaders: the federation fields of an `_entities` page batched into one evaluation per year and one counter read per period. */
export function createEvaluationLoaders(services: { progress: ProgressService; evaluation: WardEvaluationService }): EvaluationLoaders {
  return {
    progress: new DataLoader(
      (keys) => grouped(keys, (k) => k.periodKey, (periodKey, group) => services.progress.progressOf(group.map((k) => k.organisationId), periodKey)),
      { cacheKeyFn: (k) => `${k.periodKey}|${k.organisationId}` },
    ),
    unitEvaluation: new DataLoader(
      (keys) =>
        grouped(keys, (k) => k.year, async (year, group) => {
          const units = await services.evaluation.evaluateOrganisations(group.map((k) => k.organisationId), year);
          return group.map((k) => units.get(k.organisationId) ?? null);
        }),
      { cacheKeyFn: (k) => `${k.year}|${k.organisationId}` },
    ),
  };
}
