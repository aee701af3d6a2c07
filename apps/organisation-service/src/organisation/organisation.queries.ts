import type { EntityManager } from '@pdv/persistence';
import type { OrganisationKind, Sector } from '@pdv/organisation-domain';

/** An organisation's version in force on a date, with the organisation's id as `id`. */
export interface OrganisationVersionView {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  sector: Sector;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
}

const VERSION_COLUMNS = `v.organisation_id as id, v.code, v.name, v.kind, v.sector, v.parent_id as "parentId",
  to_char(v.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(v.valid_to, 'YYYY-MM-DD') as "validTo"`;

/** The versions in force on `date` of the given organisations (one query for any number). */
export async function findVersionsAsOf(em: EntityManager, ids: readonly string[], date: string): Promise<OrganisationVersionView[]> {
  if (ids.length === 0) return [];
  return em.getConnection().execute<OrganisationVersionView[]>(
    `select ${VERSION_COLUMNS} from organisation_version v
      where v.organisation_id = any(?::uuid[]) and v.valid_from <= ?::date and (v.valid_to is null or v.valid_to > ?::date)`,
    [ids as string[], date, date],
  );
}
