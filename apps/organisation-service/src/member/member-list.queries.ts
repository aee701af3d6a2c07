import { pgArray } from '@pdv/persistence';
import type { PartyMemberStatus } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import type { PartyMemberRow } from './party-member.entity';
import { MEMBER_COLUMNS } from './party-member.queries';

/**
 * The member's party status on the date bound at the placeholder, as the domain's statusOn
 * computes it (the caller has already required the membership to have begun).
 */
export const STATUS_ON_SQL = `(case when m.official_date is not null
    then case when ?::date >= m.official_date then 'OFFICIAL' else 'PROBATIONARY' end
    else m.status end)`;

export interface MemberListFilter {
  asOf: string;
  /** Placed in one of these organisations on asOf; null = anywhere in the ward. */
  organisationIds: readonly string[] | null;
  status: PartyMemberStatus | null;
  /** A LIKE pattern over the folded name, or null. */
  searchPattern: string | null;
}

/** A member as listed on a date: the record plus the cell they were placed in that day. */
export interface PlacedMemberRow extends PartyMemberRow {
  placedIn: string;
  away: boolean;
  exempt: boolean;
}

function filterSql(filter: MemberListFilter): { where: string; params: unknown[] } {
  const clauses = [
    'p.valid_from <= ?::date and (p.valid_to is null or p.valid_to > ?::date)',
    'coalesce(m.ceremony_date, m.registered_on) <= ?::date',
  ];
  const params: unknown[] = [filter.asOf, filter.asOf, filter.asOf];
  if (filter.organisationIds) {
    clauses.push('p.organisation_id = any(?::uuid[])');
    params.push(pgArray(filter.organisationIds));
  }
  if (filter.status) {
    clauses.push(`${STATUS_ON_SQL} = ?`);
    params.push(filter.asOf, filter.status);
  }
  if (filter.searchPattern) {
    clauses.push(`m.search_name like ? escape '\\'`);
    params.push(filter.searchPattern);
  }
  return { where: clauses.join(' and '), params };
}

/** One page of members placed as the filter says, in Vietnamese name order then id. */
export async function listMembers(
  em: EntityManager,
  filter: MemberListFilter,
  limit: number,
  after: { nameSortKey: string; id: string } | null,
): Promise<PlacedMemberRow[]> {
  const { where, params } = filterSql(filter);
  const keyset = after ? ` and (m.name_sort_key collate "C", m.id) > (? collate "C", ?::uuid)` : '';
  const rows = await em.execute<(PlacedMemberRow & { createdAt: string; updatedAt: string })[]>(
    `select ${MEMBER_COLUMNS}, p.organisation_id as "placedIn", p.away, p.exempt
       from member_placement p join party_member m on m.id = p.member_id
      where ${where}${keyset}
      order by m.name_sort_key collate "C", m.id limit ?`,
    [...params, ...(after ? [after.nameSortKey, after.id] : []), limit],
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }));
}

export async function countMembers(em: EntityManager, filter: MemberListFilter): Promise<number> {
  const { where, params } = filterSql(filter);
  const [row] = await em.execute<{ count: number }[]>(
    `select count(*)::int as count from member_placement p join party_member m on m.id = p.member_id where ${where}`,
    params,
  );
  return row?.count ?? 0;
}
