import { conversion, type CounterRow, FUNNEL_STAGES, medianDays, stageCountersOf } from '@pdv/evaluation-domain';
import type { ServiceScope } from '../common/service-scope';
import { subtreeCountersOf } from './progress.queries';
import type { Progress } from './progress.type';

/** Progress read from the precomputed counters (never from raw events), so a unit of any size answers in one read. */
export class ProgressService {
  constructor(private readonly scope: ServiceScope) {}

  async progress(organisationId: string, periodKey: string): Promise<Progress> {
    const [progress] = await this.progressOf([organisationId], periodKey);
    return progress;
  }

  /** Progress of a page of organisations for one period (Organisation.progress over an _entities page), in one read. */
  async progressOf(organisationIds: readonly string[], periodKey: string): Promise<Progress[]> {
    const rows = await subtreeCountersOf(this.scope.em, organisationIds, periodKey);
    return organisationIds.map((id) => toProgress(id, periodKey, rows.get(id) ?? []));
  }
}

function toProgress(organisationId: string, periodKey: string, rows: readonly CounterRow[]): Progress {
  const funnel = stageCountersOf(rows);
  return {
    organisationId,
    period: periodKey,
    stages: FUNNEL_STAGES.map((stage) => {
      const c = funnel[stage];
      return { stage, entered: c.entered, advanced: c.advanced, dropped: c.dropped, inStage: c.inStage, conversion: conversion(c), medianDaysInStage: medianDays(c.daysInStage) };
    }),
  };
}
