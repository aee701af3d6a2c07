import { pgArray } from '@pdv/persistence';
import type { OrganisationKind, OrganisationVersion, Sector } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import type { VersionChangeKind } from './organisation.entity';

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
  nameSortKey: string;
}

const VERSION_COLUMNS = `v.organisation_id as id, v.code, v.name, v.kind, v.sector, v.parent_id as "parentId",
  to_char(v.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(v.valid_to, 'YYYY-MM-DD') as "validTo",
  v.name_sort_key as "nameSortKey"`;

/** `v` (an organisation_version alias) is in force on the date bound at `param`. */
const IN_FORCE = (alias: string) => `${alias}.valid_from <= ?::date and (${alias}.valid_to is null or ${alias}.valid_to > ?::date)`;

/** The versions in force on `date` of the given organisations (one query for any number). */
export async function findVersionsAsOf(em: EntityManager, ids: readonly string[], date: string): Promise<OrganisationVersionView[]> {
  if (ids.length === 0) return [];
  return em.execute<OrganisationVersionView[]>(
    `select ${VERSION_COLUMNS} from organisation_version v where v.organisation_id = any(?::uuid[]) and ${IN_FORCE('v')}`,
    [pgArray(ids), date, date],
  );
}

/** The organisations whose parent on `date` is one of `parentIds`. */
export async function findChildrenAsOf(
  em: EntityManager,
  parentIds: readonly string[],
  date: string,
): Promise<OrganisationVersionView[]> {
  if (parentIds.length === 0) return [];
  return em.execute<OrganisationVersionView[]>(
    `select ${VERSION_COLUMNS} from organisation_version v where v.parent_id = any(?::uuid[]) and ${IN_FORCE('v')}
      order by v.name_sort_key collate "C", v.organisation_id`,
    [pgArray(parentIds), date, date],
  );
}

/**
 * The closure rows in force on `date` under the roots bound at the first parameter (each
 * root with itself at depth 0): one indexed range read of organisation_closure, whatever
 * the tree's depth. Binds the roots, then the date twice.
 */
export const SUBTREE_AS_OF_SQL = `select c.ancestor_id as root_id, c.descendant_id as id, c.depth from organisation_closure c
  where c.ancestor_id = any(?::uuid[]) and ${IN_FORCE('c')}`;

/** For each root, itself and every organisation under it on `date`, from the closure table. */
export async function findSubtreeIdsAsOf(
  em: EntityManager,
  rootIds: readonly string[],
  date: string,
): Promise<{ rootId: string; id: string; depth: number }[]> {
  if (rootIds.length === 0) return [];
  return em.execute(`select s.root_id as "rootId", s.id, s.depth from (${SUBTREE_AS_OF_SQL}) s`, [pgArray(rootIds), date, date]);
}

/** The versions in force on `date` of a root and everything under it, each with its depth. */
export async function findTreeAsOf(
  em: EntityManager,
  rootId: string,
  date: string,
): Promise<(OrganisationVersionView & { depth: number })[]> {
  return em.execute(
    `select ${VERSION_COLUMNS}, s.depth
       from (${SUBTREE_AS_OF_SQL}) s join organisation_version v on v.organisation_id = s.id and ${IN_FORCE('v')}
      order by s.depth, v.name_sort_key collate "C", v.organisation_id`,
    [pgArray([rootId]), date, date, date, date],
  );
}

/**
 * Rebuilds the closure rows of the given organisations and of everything under them (see
 * Migration20261202000200_organisation_closure). Every writer of organisation_version calls
 * it in the same transaction, after its last change to the tree.
 */
export async function refreshOrganisationClosure(em: EntityManager, changedIds: readonly string[]): Promise<void> {
  if (changedIds.length === 0) return;
  await em.execute('select refresh_organisation_closure(?::uuid[])', [pgArray([...new Set(changedIds)])]);
}

/** Every version of every organisation, in the domain's shape: what the planning functions check against. */
export async function loadAllVersions(em: EntityManager): Promise<OrganisationVersion[]> {
  return em.execute<OrganisationVersion[]>(
    `select v.organisation_id as "organisationId", v.parent_id as "parentId", v.kind, v.sector, v.code, v.name,
            to_char(v.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(v.valid_to, 'YYYY-MM-DD') as "validTo"
       from organisation_version v order by v.organisation_id, v.valid_from, v.recorded_at`,
  );
}

export interface OrganisationFilterValues {
  activeOn: string;
  kind: OrganisationKind | null;
  sector: Sector | null;
  parentId: string | null;
  /** A LIKE pattern over the folded name and code, or null. */
  searchPattern: string | null;
}

function filterSql(filter: OrganisationFilterValues): { where: string; params: unknown[] } {
  const clauses = [IN_FORCE('v')];
  const params: unknown[] = [filter.activeOn, filter.activeOn];
  if (filter.kind) {
    clauses.push('v.kind = ?');
    params.push(filter.kind);
  }
  if (filter.sector) {
    clauses.push('v.sector = ?');
    params.push(filter.sector);
  }
  if (filter.parentId) {
    clauses.push('v.parent_id = ?::uuid');
    params.push(filter.parentId);
  }
  if (filter.searchPattern) {
    clauses.push(`v.search_text like ? escape '\\'`);
    params.push(filter.searchPattern);
  }
  return { where: clauses.join(' and '), params };
}

/** One page of organisations in Vietnamese name order (then id), after the keyset cursor. */
export async function listOrganisations(
  em: EntityManager,
  filter: OrganisationFilterValues,
  limit: number,
  after: { nameSortKey: string; id: string } | null,
): Promise<OrganisationVersionView[]> {
  const { where, params } = filterSql(filter);
  const keyset = after ? ` and (v.name_sort_key collate "C", v.organisation_id) > (? collate "C", ?::uuid)` : '';
  return em.execute<OrganisationVersionView[]>(
    `select ${VERSION_COLUMNS} from organisation_version v where ${where}${keyset}
      order by v.name_sort_key collate "C", v.organisation_id limit ?`,
    [...params, ...(after ? [after.nameSortKey, after.id] : []), limit],
  );
}

export async function countOrganisations(em: EntityManager, filter: OrganisationFilterValues): Promise<number> {
  const { where, params } = filterSql(filter);
  const [row] = await em.execute<{ count: number }[]>(`select count(*)::int as count from organisation_version v where ${where}`, params);
  return row?.count ?? 0;
}

/** One row of an organisation's history, with who recorded it, when and why. */
export interface OrganisationHistoryRow extends OrganisationVersionView {
  recordedAt: string;
  recordedBy: string;
  recordedByRole: string | null;
  changeKind: VersionChangeKind;
  changeNote: string | null;
}

export async function findHistory(em: EntityManager, organisationId: string): Promise<OrganisationHistoryRow[]> {
  return em.execute<OrganisationHistoryRow[]>(
    `select ${VERSION_COLUMNS}, v.recorded_at as "recordedAt", v.recorded_by as "recordedBy",
            v.recorded_by_role as "recordedByRole", v.change_kind as "changeKind", v.change_note as "changeNote"
       from organisation_version v where v.organisation_id = ?::uuid
      order by v.valid_from, v.recorded_at`,
    [organisationId],
  );
}

/** How an organisation closed; null fields while it exists. */
export interface OrganisationClosureView {
  id: string;
  closedOn: string | null;
  closureReason: 'DISSOLVED' | 'MERGED' | 'SPLIT' | null;
  successorIds: string[] | null;
  closedAt: string | null;
  closedBy: string | null;
  closedByRole: string | null;
  closureNote: string | null;
  createdAt: string;
  createdBy: string;
}

export async function findOrganisationRows(em: EntityManager, ids: readonly string[]): Promise<OrganisationClosureView[]> {
  if (ids.length === 0) return [];
  return em.execute<OrganisationClosureView[]>(
    `select o.id, to_char(o.closed_on, 'YYYY-MM-DD') as "closedOn", o.closure_reason as "closureReason",
            o.successor_ids as "successorIds", o.closed_at as "closedAt", o.closed_by as "closedBy",
            o.closed_by_role as "closedByRole", o.closure_note as "closureNote",
            o.created_at as "createdAt", o.created_by as "createdBy"
       from organisation o where o.id = any(?::uuid[])`,
    [pgArray(ids)],
  );
}

/** The last version of each organisation (the one in force on its last day, for closed ones). */
export async function findLatestVersions(em: EntityManager, ids: readonly string[]): Promise<OrganisationVersionView[]> {
  if (ids.length === 0) return [];
  return em.execute<OrganisationVersionView[]>(
    `select distinct on (v.organisation_id) ${VERSION_COLUMNS} from organisation_version v
      where v.organisation_id = any(?::uuid[]) and (v.valid_to is null or v.valid_to > v.valid_from)
      order by v.organisation_id, v.valid_from desc, v.recorded_at desc`,
    [pgArray(ids)],
  );
}
