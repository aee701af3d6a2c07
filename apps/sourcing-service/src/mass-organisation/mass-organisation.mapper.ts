import type { MassOrganisationRow } from './mass-organisation.entity';
import { MassOrganisation } from './mass-organisation.type';

export function toMassOrganisation(row: MassOrganisationRow): MassOrganisation {
  return Object.assign(new MassOrganisation(), {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    parentId: row.parentId,
    active: row.active,
    createdAt: row.createdAt,
  });
}
