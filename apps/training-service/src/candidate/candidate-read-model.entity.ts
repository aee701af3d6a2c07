import type { CandidateStage } from '@pdv/training-domain';
import { EntitySchema } from '@pdv/persistence';

/**
 * A candidate as the sourcing and admission services last announced them: id, cell and
 * stage only (no name, no personal data). Decides who may be nominated, and which
 * secretaries may nominate them.
 */
export interface CandidateReadModelRow {
  id: string;
  cellId: string;
  stage: CandidateStage;
  /** occurredAt of the last event applied: an older event arriving late changes nothing. */
  lastEventAt: Date;
  updatedAt: Date;
}

export const CandidateReadModelEntity = new EntitySchema<CandidateReadModelRow>({
  name: 'CandidateReadModelRow',
  tableName: 'candidate_read_model',
  properties: {
    id: { type: 'uuid', primary: true },
    cellId: { type: 'uuid', index: 'candidate_read_model_cell_idx' },
    stage: { type: 'string', columnType: 'text' },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
