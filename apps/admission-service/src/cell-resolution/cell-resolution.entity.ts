import type { VoteCount } from '@pdv/admission-domain';
import { EntitySchema } from '@pdv/persistence';

export type ResolutionPurpose = 'ADMISSION' | 'RECOGNITION';

/**
 * A cell's vote on one candidate (step 7): the snapshot of its official members on the
 * meeting date, who attended, the recorded overrides of the base, and the count.
 */
export interface CellResolutionRow extends VoteCount {
  id: string;
  dossierId: string;
  /** ADMISSION (step 7) or RECOGNITION (step 11): both are counted by the same rule. */
  purpose: ResolutionPurpose;
  /** A recognition vote's papers (RecognitionPapers) as they stood; null for an admission vote. */
  recognitionPapers: unknown;
  meetingDate: string;
  /** [{ memberId, temporarilyAway, attended }] of the roll on the meeting date. */
  roll: unknown;
  /** [{ memberId, counted, reason }]. */
  baseOverrides: unknown;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const CellResolutionEntity = new EntitySchema<CellResolutionRow>({
  name: 'CellResolutionRow',
  tableName: 'cell_resolution',
  properties: {
    id: { type: 'uuid', primary: true },
    dossierId: { type: 'uuid', index: 'cell_resolution_dossier_idx' },
    purpose: { type: 'string', columnType: 'text' },
    recognitionPapers: { type: 'json', columnType: 'jsonb', nullable: true },
    meetingDate: { type: 'string', columnType: 'date' },
    officialMembers: { type: 'integer' },
    base: { type: 'integer' },
    present: { type: 'integer' },
    inFavour: { type: 'integer' },
    required: { type: 'integer' },
    passed: { type: 'boolean' },
    roll: { type: 'json', columnType: 'jsonb' },
    baseOverrides: { type: 'json', columnType: 'jsonb' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
