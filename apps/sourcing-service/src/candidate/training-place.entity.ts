import { EntitySchema } from '@pdv/persistence';

/**
 * A candidate's nominations and places in awareness courses as the TRAINING stream tells of
 * them (ids and times only). Kept so the milestones are order-tolerant: a refusal that
 * arrives before its nomination marks the place ended, and the late nomination then moves
 * nobody; and so a candidate with another open place stays IN_TRAINING when one ends.
 */
export interface TrainingPlaceRow {
  enrolmentId: string;
  candidateId: string;
  /** When training nominated (the event's occurredAt); null while only the end is known. */
  nominatedAt: Date | null;
  /** When the place ended (refused, withdrawn, released or finished); null while open. */
  endedAt: Date | null;
}

export const TrainingPlaceEntity = new EntitySchema<TrainingPlaceRow>({
  name: 'TrainingPlaceRow',
  tableName: 'candidate_training_place',
  properties: {
    enrolmentId: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'candidate_training_place_candidate_idx' },
    nominatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    endedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
