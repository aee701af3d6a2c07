import { pgArray } from '@pdv/persistence';
import type { MemberCounts } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import { SUBTREE_AS_OF_SQL } from '../organisation/organisation.queries';

/**
 * Member counts on `date` for each organisation given (with `includeSubtree`, of each
 * organisation and everything under it that day), in one query for any number of them.
 * The SQL twin of the domain's countMembersOn: a member counts where a placement period
 * contains the date and their membership has begun; official from the official date;
 * members on temporary transfer are left out of the vote base.
 *
 * It reads the counts as the steps the triggers keep (Migration20261204000100): one index
 * probe per organisation in scope for the latest step on or before the date, whatever the
 * number of members under it.
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
  // The subtree comes from the closure table (an estimable index read), not a recursive walk.
  const scope = includeSubtree
    ? `with scope as (${SUBTREE_AS_OF_SQL})`
    : `with scope as (select id as root_id, id from unnest(?::uuid[]) as id)`;
  const scopeParams = includeSubtree ? [pgArray(organisationIds), date, date] : [pgArray(organisationIds)];
  const rows = await em.execute<({ rootId: string } & MemberCounts)[]>(
    `${scope}
     select s.root_id as "rootId", sum(c.official)::int as official, sum(c.probationary)::int as probationary,
            sum(c.total)::int as total, sum(c.official_vote_base)::int as "officialVoteBase"
       from scope s
       cross join lateral (
         select c.official, c.probationary, c.total, c.official_vote_base from member_count_step c
          where c.organisation_id = s.id and c.from_day <= ?::date
          order by c.from_day desc limit 1
       ) c
      group by s.root_id`,
    [...scopeParams, date],
  );
  for (const row of rows) {
    counts.set(row.rootId, { official: row.official, probationary: row.probationary, total: row.total, officialVoteBase: row.officialVoteBase });
  }
  return counts;
}
