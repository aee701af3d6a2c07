import { EntitySchema } from '@pdv/persistence';

/** A grassroots committee's vote on a dossier (step 8): at least two thirds of its members in favour. */
export interface GrassrootsResolutionRow {
  id: string;
  dossierId: string;
  meetingDate: string;
  committeeMembers: number;
  inFavour: number;
  required: number;
  passed: boolean;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const GrassrootsResolutionEntity = new EntitySchema<GrassrootsResolutionRow>({
  name: 'GrassrootsResolutionRow',
  tableName: 'grassroots_resolution',
  properties: {
    id: { type: 'uuid', primary: true },
    dossierId: { type: 'uuid', index: 'grassroots_resolution_dossier_idx' },
    meetingDate: { type: 'string', columnType: 'date' },
    committeeMembers: { type: 'integer' },
    inFavour: { type: 'integer' },
    required: { type: 'integer' },
    passed: { type: 'boolean' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
