import { EntitySchema } from '@pdv/persistence';

/** One item of the register, with who recorded it. */
export interface EvaluationItemRow {
  id: string;
  code: string;
  title: string;
  effectiveFrom: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const EvaluationItemEntity = new EntitySchema<EvaluationItemRow>({
  name: 'EvaluationItemRow',
  tableName: 'evaluation_item',
  properties: {
    id: { type: 'uuid', primary: true },
    // One item per code, even under concurrent requests.
    code: { type: 'string', columnType: 'text', unique: 'evaluation_item_code_unique' },
    title: { type: 'string', columnType: 'text' },
    effectiveFrom: { type: 'string', columnType: 'date' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
