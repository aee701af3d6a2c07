import { type EntityManager, inOrderOf, pgArray } from '@pdv/persistence';
import type { MassOrganisationKind } from '@pdv/sourcing-domain';
import { MassOrganisationEntity, type MassOrganisationRow } from './mass-organisation.entity';

export async function findMassOrganisationsByIds(em: EntityManager, ids: readonly string[]): Promise<MassOrganisationRow[]> {
  if (ids.length === 0) return [];
  return em.find(MassOrganisationEntity, { id: { $in: [...ids] } });
}

export interface MassOrganisationFilter {
  kind?: MassOrganisationKind | null;
  /** Only the branches of this unit. */
  parentId?: string | null;
  /** Only ward-level units. */
  wardLevelOnly?: boolean;
  includeInactive?: boolean;
}

/** Mass organisations in Vietnamese alphabetical order of name. */
export async function listMassOrganisations(em: EntityManager, filter: MassOrganisationFilter): Promise<MassOrganisationRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.kind) {
    where.push('kind = ?');
    params.push(filter.kind);
  }
  if (filter.parentId) {
    where.push('parent_id = ?::uuid');
    params.push(filter.parentId);
  }
  if (filter.wardLevelOnly) where.push('parent_id is null');
  if (!filter.includeInactive) where.push('active');
  const rows = await em.execute<{ id: string }[]>(
    `select id from mass_organisation ${where.length ? `where ${where.join(' and ')}` : ''}
      order by name_sort_key collate "C", id`,
    params,
  );
  const found = await findMassOrganisationsByIds(em, rows.map((row) => row.id));
  const byId = new Map(found.map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id)).filter((row): row is MassOrganisationRow => row !== undefined);
}

/** The active branches of many units in one read, each unit's in Vietnamese alphabetical order of name (as listMassOrganisations orders them). */
export async function findActiveBranchesOf(em: EntityManager, parentIds: readonly string[]): Promise<MassOrganisationRow[]> {
  if (parentIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select id from mass_organisation where parent_id = any(?::uuid[]) and active order by name_sort_key collate "C", id`,
    [pgArray(parentIds)],
  );
  const ids = rows.map((row) => row.id);
  return inOrderOf(ids, await findMassOrganisationsByIds(em, ids));
}
