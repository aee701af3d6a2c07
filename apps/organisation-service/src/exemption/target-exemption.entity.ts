import type { TargetExemptionReason } from '@pdv/organisation-domain';
import { EntitySchema } from '@pdv/persistence';

/** An organisation exempt from the per-unit admission targets for a year. Revoked rows stay. */
export interface TargetExemptionRow {
  id: string;
  organisationId: string;
  year: number;
  reason: TargetExemptionReason;
  note: string | null;
  setAt: Date;
  setBy: string;
  setByRole: string | null;
  revokedOn: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokedByRole: string | null;
  revocationNote: string | null;
}

export const TargetExemptionEntity = new EntitySchema<TargetExemptionRow>({
  name: 'TargetExemptionRow',
  tableName: 'target_exemption',
  properties: {
    id: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid', index: 'target_exemption_organisation_idx' },
    year: { type: 'integer' },
    reason: { type: 'string', columnType: 'text' },
    note: { type: 'string', columnType: 'text', nullable: true },
    setAt: { type: 'Date', columnType: 'timestamptz' },
    setBy: { type: 'string', columnType: 'text' },
    setByRole: { type: 'string', columnType: 'text', nullable: true },
    revokedOn: { type: 'string', columnType: 'date', nullable: true },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    revokedBy: { type: 'string', columnType: 'text', nullable: true },
    revokedByRole: { type: 'string', columnType: 'text', nullable: true },
    revocationNote: { type: 'string', columnType: 'text', nullable: true },
  },
  indexes: [
    {
      // One exemption in force per organisation and year, even under concurrent requests.
      name: 'target_exemption_in_force_unique',
      expression:
        'create unique index "target_exemption_in_force_unique" on "target_exemption" ("organisation_id", "year") where "revoked_on" is null',
    },
  ],
});
