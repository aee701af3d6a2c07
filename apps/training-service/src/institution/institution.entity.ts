import { EntitySchema } from '@pdv/persistence';

/** An institution that runs courses and issues certificates, with who recorded it. */
export interface InstitutionRow {
  id: string;
  code: string;
  name: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const InstitutionEntity = new EntitySchema<InstitutionRow>({
  name: 'InstitutionRow',
  tableName: 'training_institution',
  properties: {
    id: { type: 'uuid', primary: true },
    // One institution per code (it is printed in certificate numbers), even under concurrent requests.
    code: { type: 'string', columnType: 'text', unique: 'training_institution_code_unique' },
    name: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
