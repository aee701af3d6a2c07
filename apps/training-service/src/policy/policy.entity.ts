import { EntitySchema } from '@pdv/persistence';

/** One policy value the board changed (absent keys take the default of @pdv/training-domain). */
export interface TrainingPolicySettingRow {
  key: string;
  value: unknown;
  updatedAt: Date;
  updatedBy: string;
}

export const TrainingPolicySettingEntity = new EntitySchema<TrainingPolicySettingRow>({
  name: 'TrainingPolicySettingRow',
  tableName: 'training_policy_setting',
  properties: {
    key: { type: 'string', columnType: 'text', primary: true },
    value: { type: 'json', columnType: 'jsonb' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
  },
});
