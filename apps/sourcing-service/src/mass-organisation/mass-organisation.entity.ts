import { EntitySchema } from '@pdv/persistence';
import type { MassOrganisationKind } from '@pdv/sourcing-domain';

/**
 * A mass organisation of the ward (Fatherland Front committee, Youth Union, …) or one of
 * its branches (parentId names the ward-level unit). Staff tokens carry the ward-level
 * unit's id as their scope, so a branch is within its parent's scope.
 */
export interface MassOrganisationRow {
  id: string;
  parentId: string | null;
  kind: MassOrganisationKind;
  /** Short unique code, e.g. "DTN-PHUONG" or "DTN-CD-KDC3". */
  code: string;
  name: string;
  nameSortKey: string;
  active: boolean;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

export const MassOrganisationEntity = new EntitySchema<MassOrganisationRow>({
  name: 'MassOrganisationRow',
  tableName: 'mass_organisation',
  properties: {
    id: { type: 'uuid', primary: true },
    parentId: { type: 'uuid', nullable: true, index: 'mass_organisation_parent_idx' },
    kind: { type: 'string', columnType: 'text' },
    code: { type: 'string', columnType: 'text', unique: 'mass_organisation_code_key' },
    name: { type: 'string', columnType: 'text' },
    nameSortKey: { type: 'string', columnType: 'text' },
    active: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string', columnType: 'text' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    updatedBy: { type: 'string', columnType: 'text' },
  },
});
