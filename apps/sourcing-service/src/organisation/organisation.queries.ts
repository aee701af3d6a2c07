import { pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import { NURTURED_STATUSES } from '@pdv/sourcing-domain';

/** Referral counts for an organisation's subtree (its cells and those below) in a year. */
export interface ReferralStatsRow {
  organisationId: string;
  year: number;
  referrals: number;
  people: number;
  submitted: number;
  accepted: number;
  declined: number;
  /** Candidates of the subtree being nurtured now (source pool to admission), whatever the year. */
  nurturedNow: number;
  /** Candidates of the subtree admitted, whose first referral fell in the year. */
  admitted: number;
}

/** Stats for many (organisation, year) pairs in one query. */
export async function referralStatsOf(em: EntityManager, keys: readonly { organisationId: string; year: number }[]): Promise<ReferralStatsRow[]> {
  if (keys.length === 0) return [];
  const rows = await em.execute<
    { organisation_id: string; year: number; referrals: string; people: string; submitted: string; accepted: string; declined: string; nurtured_now: string; admitted: string }[]
  >(
    `select k.organisation_id, k.year, s.referrals, s.people, s.submitted, s.accepted, s.declined, n.nurtured_now, n.admitted
       from unnest(?::uuid[], ?::int[]) as k(organisation_id, year)
       cross join lateral (
         select count(r.id) as referrals, count(distinct r.candidate_id) as people,
                count(r.id) filter (where r.status = 'SUBMITTED') as submitted,
                count(r.id) filter (where r.status = 'ACCEPTED') as accepted,
                count(r.id) filter (where r.status = 'DECLINED') as declined
           from referral r
          where r.cell_id in (select id from org_subtree(k.organisation_id))
            and r.submitted_on >= make_date(k.year, 1, 1) and r.submitted_on < make_date(k.year + 1, 1, 1)
       ) s
       cross join lateral (
         select count(*) filter (where c.status = any(?::text[])) as nurtured_now,
                count(*) filter (where c.status = 'ADMITTED' and c.referred_on >= make_date(k.year, 1, 1) and c.referred_on < make_date(k.year + 1, 1, 1)) as admitted
           from candidate c
          where c.cell_id in (select id from org_subtree(k.organisation_id))
       ) n`,
    [pgArray(keys.map((key) => key.organisationId)), pgArray(keys.map((key) => key.year)), pgArray(NURTURED_STATUSES)],
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    year: Number(row.year),
    referrals: Number(row.referrals),
    people: Number(row.people),
    submitted: Number(row.submitted),
    accepted: Number(row.accepted),
    declined: Number(row.declined),
    nurturedNow: Number(row.nurtured_now),
    admitted: Number(row.admitted),
  }));
}
