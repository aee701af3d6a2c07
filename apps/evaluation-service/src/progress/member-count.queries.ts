import { type EntityManager, pgArray } from '@pdv/persistence';

/**
 * Each organisation's members at the start of `year`, its whole subtree counted (a
 * grassroots committee's are its cells'), in one read. Per unit under it: the count the years
 * before left; for a unit the service first heard of during or after that year (the ward
 * loaded into the platform mid-year), its earliest count kept stands in for the start — the
 * best the events can say, and documented in the README.
 */
export async function membersAtStartOfYear(em: EntityManager, organisationIds: readonly string[], year: number): Promise<Map<string, number>> {
  const out = new Map(organisationIds.map((id) => [id, 0]));
  if (organisationIds.length === 0) return out;
  const rows = await em.execute<{ id: string; members: string }[]>(
    `select c.ancestor_id as id, coalesce(sum(m.members), 0) as members
       from org_read_model_closure c
       cross join lateral (
         select members from unit_member_count u where u.organisation_id = c.descendant_id
          order by (u.year >= ?), case when u.year < ? then -u.year else u.year end
          limit 1) m
      where c.ancestor_id = any(?::uuid[])
      group by c.ancestor_id`,
    [year, year, pgArray([...new Set(organisationIds)])],
  );
  for (const row of rows) out.set(row.id, Number(row.members));
  return out;
}
