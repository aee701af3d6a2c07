import { EntitySchema } from '@pdv/persistence';

/**
 * What the personal history (lý lịch) of a dossier says that the eligibility rules need (step
 * 6): the date of birth, education, any earlier membership and the provincial consent. Personal
 * data: never in events or messages; writes and reads are in the personal-data audit trail.
 */
export interface PersonalHistoryRow {
  dossierId: string;
  dateOfBirth: string;
  educationLevel: string;
  educationExceptionCode: string | null;
  wasMember: boolean;
  leftOn: string | null;
  timesReadmitted: number;
  provincialConsentDate: string | null;
  provincialConsentReference: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const PersonalHistoryEntity = new EntitySchema<PersonalHistoryRow>({
  name: 'PersonalHistoryRow',
  tableName: 'dossier_personal_history',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    dateOfBirth: { type: 'string', columnType: 'date' },
    educationLevel: { type: 'string', columnType: 'text' },
    educationExceptionCode: { type: 'string', columnType: 'text', nullable: true },
    wasMember: { type: 'boolean' },
    leftOn: { type: 'string', columnType: 'date', nullable: true },
    timesReadmitted: { type: 'integer' },
    provincialConsentDate: { type: 'string', columnType: 'date', nullable: true },
    provincialConsentReference: { type: 'string', columnType: 'text', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
