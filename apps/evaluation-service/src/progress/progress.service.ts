import { conversion, FUNNEL_STAGES, medianDays, stageCountersOf } from '@pdv/evaluation-domain';
import type { ServiceScope } from '../common/service-scope';
import { subtreeCounters } from './progress.queries';
import type { Progress } from './progress.type';

/** Progress read from the precomputed counters (never from raw events), so a unit of any size answers in one read. */
export class ProgressService {
  constructor(private readonly scope: ServiceScope) {}

  async progress(organisationId: string, periodKey: string): Promise<Progress> {
    const funnel = stageCountersOf(await subtreeCounters(this.scope.em, organisationId, periodKey));
    return {
      organisationId,
      period: periodKey,
      stages: FUNNEL_STAGES.map((stage) => {
        const c = funnel[stage];
        return { stage, entered: c.entered, advanced: c.advanced, dropped: c.dropped, inStage: c.inStage, conversion: conversion(c), medianDaysInStage: medianDays(c.daysInStage) };
      }),
    };
  }
}
