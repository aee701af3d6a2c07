import { EntitySchema } from '@pdv/persistence';

/**
 * Where a member was, and how, over [validFrom, validTo): derived from the record and the
 * movements (the domain's placementPeriods) and rewritten whenever either changes. Counts on
 * any date are a query over these rows.
 */
export interface MemberPlacementRow {
  id: string;
  memberId: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  /** On temporary transfer elsewhere: not in the cell's vote base. */
  away: boolean;
  /** Exempt from party activities. */
  exempt: boolean;
}

export const MemberPlacementEntity = new EntitySchema<MemberPlacementRow>({
  name: 'MemberPlacementRow',
  tableName: 'member_placement',
  properties: {
    id: { type: 'uuid', primary: true },
    memberId: { type: 'uuid', index: 'member_placement_member_idx' },
    organisationId: { type: 'uuid' },
    validFrom: { type: 'string', columnType: 'date' },
    validTo: { type: 'string', columnType: 'date', nullable: true },
    away: { type: 'boolean' },
    exempt: { type: 'boolean' },
  },
  indexes: [
    {
      // Covering: member counts read it index-only (Migration20261202000200_organisation_closure).
      name: 'member_placement_organisation_idx',
      expression:
        'create index "member_placement_organisation_idx" on "member_placement" ("organisation_id", "valid_from") include ("valid_to", "member_id", "away")',
    },
  ],
});
