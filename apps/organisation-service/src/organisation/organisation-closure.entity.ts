import { EntitySchema } from '@pdv/persistence';

/**
 * One (ancestor, descendant) pair of the organisation tree and the dates it held (depth 0:
 * the organisation itself). Maintained by refresh_organisation_closure in the transaction
 * that changes the tree (see Migration20261202000200_organisation_closure); read, never
 * written, through the ORM.
 */
export interface OrganisationClosureRow {
  ancestorId: string;
  descendantId: string;
  validFrom: string;
  validTo: string | null;
  depth: number;
}

export const OrganisationClosureEntity = new EntitySchema<OrganisationClosureRow>({
  name: 'OrganisationClosureRow',
  tableName: 'organisation_closure',
  properties: {
    ancestorId: { type: 'uuid', primary: true },
    descendantId: { type: 'uuid', primary: true, index: 'organisation_closure_descendant_idx' },
    validFrom: { type: 'string', columnType: 'date', primary: true },
    validTo: { type: 'string', columnType: 'date', nullable: true },
    depth: { type: 'integer', columnType: 'int' },
  },
});
