import { pgArray } from '@pdv/persistence';
import type { MemberCounts } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { SUBTREE_AS_OF_SQL } from '../organisation/organisation.queries';
import { STATUS_ON_SQL } from './member-list.queries';

/**
 * Member counts on `date` for each organisation given (with `includeSubtree`, of each
 * organisation and everything under it that day), in one query for any number of them.
 * The SQL twin of the domain's countMembersOn: a member counts where a placement period
 * contains the date and their membership has begun; official from the official date;
 * members on temporary transfer are left out of the vote base.
 */
export async function countMembersAsOf(
  em: EntityManager,
  organisationIds: readonly string[],
  date: string,
  includeSubtree: boolean,
): Promise<Map<string, MemberCounts>> {
  const counts = new Map<string, MemberCounts>(
    organisationIds.map((id) => [id, { official: 0, probationary: 0, total: 0, officialVoteBase: 0 }]),
  );
  if (organisationIds.length === 0) return counts;
  // The subtree comes from the closure table (an estimable index read), not a recursive walk:
  // with the walk the planner guessed its size wrong and scanned every placement of the city.
  const scope = includeSubtree
    ? `with scope as (${SUBTREE_AS_OF_SQL})`
    : `with scope as (select id as root_id, id from unnest(?::uuid[]) as id)`;
  const scopeParams = includeSubtree ? [pgArray(organisationIds), date, date] : [pgArray(organisationIds)];
  const rows = await em.execute<({ rootId: string } & MemberCounts)[]>(
    `${scope}
     select x.root_id as "rootId",
            count(*) filter (where x.status = 'OFFICIAL')::int as official,
            count(*) filter (where x.status = 'PROBATIONARY')::int as probationary,
            count(*)::int as total,
            count(*) filter (where x.status = 'OFFICIAL' and not x.away)::int as "officialVoteBase"
       from (
         select s.root_id, p.away, ${STATUS_ON_SQL} as status
           from scope s
           join member_placement p on p.organisation_id = s.id
            and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to > ?::date)
           join party_member m on m.id = p.member_id and coalesce(m.ceremony_date, m.registered_on) <= ?::date
       ) x
      group by x.root_id`,
    [...scopeParams, date, date, date, date],
  );
  for (const row of rows) {
    counts.set(row.rootId, { official: row.official, probationary: row.probationary, total: row.total, officialVoteBase: row.officialVoteBase });
  }
  return counts;
}
