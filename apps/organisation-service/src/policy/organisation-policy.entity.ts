import { EntitySchema } from '@pdv/persistence';

/**
 * The ward's configurable values for this service (DOMAIN.md: configurable values are data).
 * One row, id 1, created by the migration with the defaults of DEFAULT_ORGANISATION_POLICY.
 */
export interface OrganisationPolicyRow {
  id: number;
  maxFutureDays: number;
  planFirstYear: number;
  planLastYear: number;
  minOfficialMembersToVote: number;
  updatedAt: Date;
  updatedBy: string;
  updatedByRole: string | null;
}

export const OrganisationPolicyEntity = new EntitySchema<OrganisationPolicyRow>({
  name: 'OrganisationPolicyRow',
  tableName: 'organisation_policy',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    maxFutureDays: { type: 'integer' },
    planFirstYear: { type: 'integer' },
    planLastYear: { type: 'integer' },
    minOfficialMembersToVote: { type: 'integer' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
    updatedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
