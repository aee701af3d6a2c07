import { EntitySchema } from '@pdv/persistence';

/** One value of the board's admission policy as it stands (seeded with DOMAIN.md's defaults). */
export interface AdmissionPolicySettingRow {
  key: string;
  value: unknown;
  updatedAt: Date;
  updatedBy: string;
}

export const AdmissionPolicySettingEntity = new EntitySchema<AdmissionPolicySettingRow>({
  name: 'AdmissionPolicySettingRow',
  tableName: 'admission_policy_setting',
  properties: {
    key: { type: 'string', columnType: 'text', primary: true },
    value: { type: 'json', columnType: 'jsonb' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
  },
});

/** One change of a policy value by the board, with the value before, who and why; never changed after. */
export interface AdmissionPolicyChangeRow {
  id: string;
  key: string;
  previousValue: unknown;
  value: unknown;
  reason: string;
  changedAt: Date;
  changedBy: string;
  changedByRole: string | null;
}

export const AdmissionPolicyChangeEntity = new EntitySchema<AdmissionPolicyChangeRow>({
  name: 'AdmissionPolicyChangeRow',
  tableName: 'admission_policy_change',
  properties: {
    id: { type: 'uuid', primary: true },
    key: { type: 'string', columnType: 'text' },
    previousValue: { type: 'json', columnType: 'jsonb' },
    value: { type: 'json', columnType: 'jsonb' },
    reason: { type: 'string', columnType: 'text' },
    changedAt: { type: 'Date', columnType: 'timestamptz' },
    changedBy: { type: 'string', columnType: 'text' },
    changedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
