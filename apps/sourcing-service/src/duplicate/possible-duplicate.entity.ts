import { EntitySchema } from '@pdv/persistence';

export const POSSIBLE_DUPLICATE_STATUSES = ['OPEN', 'LINKED', 'DISMISSED'] as const;
export type PossibleDuplicateStatus = (typeof POSSIBLE_DUPLICATE_STATUSES)[number];

/**
 * Two candidate records that may be one person (same name without diacritics and same date
 * of birth, different national ID numbers). Flagged, never merged: a person links or
 * dismisses the pair.
 */
export interface PossibleDuplicateRow {
  id: string;
  /** The record that arrived later and was flagged. */
  candidateId: string;
  /** The earlier record it resembles. */
  otherCandidateId: string;
  status: PossibleDuplicateStatus;
  flaggedAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  /** For LINKED: the record that was kept. */
  keptCandidateId: string | null;
  note: string | null;
}

export const PossibleDuplicateEntity = new EntitySchema<PossibleDuplicateRow>({
  name: 'PossibleDuplicateRow',
  tableName: 'possible_duplicate',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid' },
    otherCandidateId: { type: 'uuid', index: 'possible_duplicate_other_idx' },
    status: { type: 'string', columnType: 'text', index: 'possible_duplicate_status_idx' },
    flaggedAt: { type: 'Date', columnType: 'timestamptz' },
    resolvedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    resolvedBy: { type: 'string', columnType: 'text', nullable: true },
    keptCandidateId: { type: 'uuid', nullable: true },
    note: { type: 'string', columnType: 'text', nullable: true },
  },
  uniques: [{ name: 'possible_duplicate_pair_key', properties: ['candidateId', 'otherCandidateId'] }],
});
