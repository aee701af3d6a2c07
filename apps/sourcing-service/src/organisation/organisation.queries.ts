import { pgArray } from '@pdv/persistence';
import type { Identity } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';
import { type CandidateStatus, NURTURED_STATUSES } from '@pdv/sourcing-domain';
import { type CandidatePage, loadCandidates } from '../candidate/candidate.queries';
import { candidateVisibility } from '../common/access';

// Every query here answers a whole batch of organisations (the gateway's `_entities` page)
// in one statement: the key set is unnested once and joined to the read model's closure
// table (ancestor → every descendant, itself included), so the cost is one statement
// whatever the page size or the depth of the tree. Never call org_subtree() per key. The
// closure is also restricted by `ancestor_id = any(<the key ids>)`: the planner cannot see
// how few rows the unnested keys are, and without it hashes the whole closure table (a
// scan that grows with the city) instead of reading the keys' paths from its primary key.

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

/** Stats for many (organisation, year) pairs in one statement. */
export async function referralStatsOf(em: EntityManager, keys: readonly { organisationId: string; year: number }[]): Promise<ReferralStatsRow[]> {
  if (keys.length === 0) return [];
  const organisationIds = keys.map((key) => key.organisationId);
  const rows = await em.execute<
    { organisation_id: string; year: number; referrals: string; people: string; submitted: string; accepted: string; declined: string; nurtured_now: string; admitted: string }[]
  >(
    `with k as (
       select distinct organisation_id, year from unnest(?::uuid[], ?::int[]) as k(organisation_id, year)
     ), s as (
       select k.organisation_id, k.year, count(r.id) as referrals, count(distinct r.candidate_id) as people,
              count(r.id) filter (where r.status = 'SUBMITTED') as submitted,
              count(r.id) filter (where r.status = 'ACCEPTED') as accepted,
              count(r.id) filter (where r.status = 'DECLINED') as declined
         from k
         join org_read_model_closure t on t.ancestor_id = k.organisation_id
         join referral r on r.cell_id = t.descendant_id
                        and r.submitted_on >= make_date(k.year, 1, 1) and r.submitted_on < make_date(k.year + 1, 1, 1)
        where t.ancestor_id = any(?::uuid[])
        group by k.organisation_id, k.year
     ), n as (
       select k.organisation_id, k.year,
              count(*) filter (where c.status = any(?::text[])) as nurtured_now,
              count(*) filter (where c.status = 'ADMITTED' and c.referred_on >= make_date(k.year, 1, 1) and c.referred_on < make_date(k.year + 1, 1, 1)) as admitted
         from k
         join org_read_model_closure t on t.ancestor_id = k.organisation_id
         join candidate c on c.cell_id = t.descendant_id
        where t.ancestor_id = any(?::uuid[])
        group by k.organisation_id, k.year
     )
     select k.organisation_id, k.year, s.referrals, s.people, s.submitted, s.accepted, s.declined, n.nurtured_now, n.admitted
       from k
       left join s on s.organisation_id = k.organisation_id and s.year = k.year
       left join n on n.organisation_id = k.organisation_id and n.year = k.year`,
    [pgArray(organisationIds), pgArray(keys.map((key) => key.year)), pgArray(organisationIds), pgArray(NURTURED_STATUSES), pgArray(organisationIds)],
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    year: Number(row.year),
    referrals: Number(row.referrals ?? 0),
    people: Number(row.people ?? 0),
    submitted: Number(row.submitted ?? 0),
    accepted: Number(row.accepted ?? 0),
    declined: Number(row.declined ?? 0),
    nurturedNow: Number(row.nurtured_now ?? 0),
    admitted: Number(row.admitted ?? 0),
  }));
}

/** One `Organisation.candidates` page asked for: the organisation and the page's arguments. */
export interface OrganisationCandidatesKey {
  organisationId: string;
  status: CandidateStatus | null;
  /** Page size (the page fetches one more, to tell whether another follows); 0: the count alone. */
  first: number;
  /** Keyset cursor (sort key, id) of the previous page's last item. */
  after: [string, string] | null;
}

/**
 * The candidates pages of many organisations, for one caller, in two statements whatever the
 * number of keys: one reads every page's ids and total count (the visible candidates of all
 * the subtrees at once, ranked per key by a window function), one loads those candidates.
 * Each page is as searchCandidates answers it for the same filter: Vietnamese alphabetical
 * order, `first + 1` rows.
 */
export async function candidatePagesOf(em: EntityManager, identity: Identity, keys: readonly OrganisationCandidatesKey[]): Promise<CandidatePage[]> {
  if (keys.length === 0) return [];
  const visibility = candidateVisibility(identity, 'c');
  const rows = await em.execute<{ n: string; total_count: string; id: string | null }[]>(
    `with k as (
       select * from unnest(?::uuid[], ?::text[], ?::int[], ?::text[], ?::uuid[]) with ordinality
              as k(organisation_id, status, first, after_key, after_id, n)
     ), visible as (
       select k.n, c.id, c.name_sort_key,
              (k.after_id is null or (c.name_sort_key collate "C", c.id) > (k.after_key collate "C", k.after_id)) as after_cursor
         from k
         join org_read_model_closure t on t.ancestor_id = k.organisation_id
         join candidate c on c.cell_id = t.descendant_id
        where t.ancestor_id = any(?::uuid[]) and (k.status is null or c.status = k.status) and (${visibility.sql})
     ), ranked as (
       select v.n, v.id, row_number() over (partition by v.n order by v.name_sort_key collate "C", v.id) as rank
         from visible v where v.after_cursor
     ), totals as (
       select v.n, count(*) as total_count from visible v group by v.n
     )
     select k.n, coalesce(totals.total_count, 0) as total_count, ranked.id
       from k
       left join totals on totals.n = k.n
       left join ranked on ranked.n = k.n and k.first > 0 and ranked.rank <= k.first + 1
      order by k.n, ranked.rank`,
    [
      pgArray(keys.map((key) => key.organisationId)),
      pgArray(keys.map((key) => key.status ?? null)),
      pgArray(keys.map((key) => key.first)),
      pgArray(keys.map((key) => key.after?.[0] ?? null)),
      pgArray(keys.map((key) => key.after?.[1] ?? null)),
      pgArray(keys.map((key) => key.organisationId)),
      ...visibility.params,
    ],
  );
  const candidates = new Map((await loadCandidates(em, rows.flatMap((row) => (row.id ? [row.id] : [])))).map((row) => [row.id, row]));
  const pages: CandidatePage[] = keys.map(() => ({ rows: [], totalCount: 0 }));
  for (const row of rows) {
    const page = pages[Number(row.n) - 1];
    page.totalCount = Number(row.total_count);
    const candidate = row.id ? candidates.get(row.id) : undefined;
    if (candidate) page.rows.push(candidate);
  }
  return pages;
}
