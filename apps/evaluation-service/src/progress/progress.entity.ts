import type { ProgressFact } from '@pdv/evaluation-domain';
import { EntitySchema } from '@pdv/persistence';

/** One counter of the progress read model (see CounterDelta in @pdv/evaluation-domain); written by adding deltas. */
export interface ProgressCounterRow {
  scope: string;
  scopeId: string;
  sourceCategory: string;
  periodKey: string;
  stage: string;
  measure: string;
  days: number;
  value: number;
}

export const ProgressCounterEntity = new EntitySchema<ProgressCounterRow>({
  name: 'ProgressCounterRow',
  tableName: 'progress_counter',
  properties: {
    scope: { type: 'string', columnType: 'text', primary: true },
    scopeId: { type: 'uuid', primary: true },
    periodKey: { type: 'string', columnType: 'text', primary: true },
    sourceCategory: { type: 'string', columnType: 'text', primary: true },
    stage: { type: 'string', columnType: 'text', primary: true },
    measure: { type: 'string', columnType: 'text', primary: true },
    days: { type: 'integer', primary: true },
    value: { type: 'integer' },
  },
});

/** Where a candidate stands in the funnel, and the day each stage was reached. */
export interface CandidateJourneyRow {
  candidateId: string;
  unitId: string;
  massOrganisationId: string | null;
  sourceCategory: string | null;
  currentStage: string;
  reached: Record<string, string>;
  closed: boolean;
  updatedAt: Date;
}

export const CandidateJourneyEntity = new EntitySchema<CandidateJourneyRow>({
  name: 'CandidateJourneyRow',
  tableName: 'candidate_journey',
  properties: {
    candidateId: { type: 'uuid', primary: true },
    unitId: { type: 'uuid' },
    massOrganisationId: { type: 'uuid', nullable: true },
    sourceCategory: { type: 'string', columnType: 'text', nullable: true },
    currentStage: { type: 'string', columnType: 'text' },
    reached: { type: 'json' },
    closed: { type: 'boolean' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/** Every progress fact received for a candidate, once each, in the order they happened (recordProgressFact). */
export interface ProgressFactLogRow {
  candidateId: string;
  facts: ProgressFact[];
}

export const ProgressFactLogEntity = new EntitySchema<ProgressFactLogRow>({
  name: 'ProgressFactLogRow',
  tableName: 'progress_fact_log',
  properties: {
    candidateId: { type: 'uuid', primary: true },
    facts: { type: 'json' },
  },
});
