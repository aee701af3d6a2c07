import { escapeLike, inOrderOf, pgArray, Where } from '@pdv/persistence';
import type { Identity } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';
import { type CandidateStatus, NURTURED_STATUSES, type SourceCategory } from '@pdv/sourcing-domain';
import { foldDiacritics } from '@pdv/vn-identity';
import { personalFieldAccess } from '@pdv/personal-data';
import { candidateCreatedByOwnOrganisation, candidateVisibility, referralVisibility } from '../common/access';
import { CandidateEntity, type CandidateReviewRow, type CandidateRow, type CandidateStageRow, CandidateReviewEntity, CandidateStageEntity } from './candidate.entity';

export interface CandidateFilter {
  /** Part of the name, with or without diacritics; 12 digits search the national ID (dossier roles only). */
  search?: string | null;
  statuses?: CandidateStatus[] | null;
  /** Candidates of this organisation and every organisation under it. */
  organisationId?: string | null;
  /** Candidates referred by this mass organisation or its branches. */
  massOrganisationId?: string | null;
  sourceCategory?: SourceCategory | null;
  /** Candidates with a referral submitted in this year. */
  year?: number | null;
  /** true: only candidates waiting for a new cell (theirs was closed); false: only the others. */
  needsCellReassignment?: boolean | null;
}

const TWELVE_DIGITS = /^\d{12}$/;

/** The WHERE clause of a candidate list: the caller's visibility AND the filter. */
export function candidateWhere(identity: Identity, filter: CandidateFilter): Where {
  const where = new Where();
  const visibility = candidateVisibility(identity, 'c');
  where.and(visibility.sql, ...visibility.params);
  const search = filter.search?.trim() ?? '';
  if (search !== '') {
    const compact = search.replace(/[\s.]/g, '');
    if (TWELVE_DIGITS.test(compact) && personalFieldAccess('Candidate', 'nationalId', identity) === 'SHOWN') {
      where.and('c.national_id = ?', compact);
    } else {
      where.and(`c.name_search_key like ? escape '\\'`, `%${escapeLike(foldDiacritics(search))}%`);
    }
  }
  if (filter.statuses && filter.statuses.length > 0) where.and('c.status = any(?::text[])', pgArray(filter.statuses));
  if (filter.organisationId) where.and('c.cell_id in (select id from org_subtree(?::uuid))', filter.organisationId);
  if (filter.sourceCategory) where.and('c.source_category = ?', filter.sourceCategory);
  if (filter.needsCellReassignment === true) where.and('c.cell_reassignment_needed_since is not null');
  if (filter.needsCellReassignment === false) where.and('c.cell_reassignment_needed_since is null');
  if (filter.massOrganisationId || filter.year) {
    const referral = new Where();
    referral.and('fr.candidate_id = c.id');
    if (filter.massOrganisationId) {
      referral.and('fr.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))', filter.massOrganisationId);
    }
    if (filter.year) referral.and("fr.submitted_on >= make_date(?, 1, 1) and fr.submitted_on < make_date(? + 1, 1, 1)", filter.year, filter.year);
    if (identity.role === 'MASS_ORG_STAFF') {
      // Staff see people through their own organisation's referrals only: filtering on
      // another organisation's (or another year's) referrals must not reveal that a person
      // they referred was also referred elsewhere.
      const own = referralVisibility(identity, 'fr');
      referral.and(own.sql, ...own.params);
    }
    where.and(`exists (select 1 from referral fr ${referral.sql})`, ...referral.params);
  }
  return where;
}

export interface CandidatePage {
  rows: CandidateRow[];
  totalCount: number;
}

/**
 * A page of candidates in Vietnamese alphabetical order (given name, middle, family; see
 * vietnameseSortKey), keyset-paginated on (sort key, id). Fetches `first + 1` rows so the
 * caller can tell whether another page follows.
 */
export async function searchCandidates(
  em: EntityManager,
  where: Where,
  first: number,
  after: [string, string] | null,
): Promise<CandidatePage> {
  const pageWhere = new Where();
  pageWhere.and(where.sql.replace(/^where /, '') || 'true', ...where.params);
  if (after) pageWhere.and('(c.name_sort_key collate "C", c.id) > (? collate "C", ?::uuid)', after[0], after[1]);
  const [ids, counts] = await Promise.all([
    em.execute<{ id: string }[]>(
      `select c.id from candidate c ${pageWhere.sql} order by c.name_sort_key collate "C", c.id limit ?`,
      [...pageWhere.params, first + 1],
    ),
    em.execute<{ count: string }[]>(`select count(*) as count from candidate c ${where.sql}`, where.params),
  ]);
  return { rows: await loadCandidates(em, ids.map((row) => row.id)), totalCount: Number(counts[0]?.count ?? 0) };
}

/** Candidates by id, in the order asked. */
export async function loadCandidates(em: EntityManager, ids: readonly string[]): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  return inOrderOf(ids, await em.find(CandidateEntity, { id: { $in: [...ids] } }));
}

/** Of the given ids, the candidates the caller may see (one query for any number). */
export async function findVisibleCandidates(em: EntityManager, identity: Identity, ids: readonly string[]): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  const visibility = candidateVisibility(identity, 'c');
  const visible = await em.execute<{ id: string }[]>(
    `select c.id from candidate c where c.id = any(?::uuid[]) and (${visibility.sql})`,
    [pgArray(ids), ...visibility.params],
  );
  return loadCandidates(em, visible.map((row) => row.id));
}

/** Of the given ids, the candidates a mass-organisation staffer's own organisation created (see candidateCreatedByOwnOrganisation). */
export async function findCandidatesCreatedByOwnOrganisation(em: EntityManager, identity: Identity, ids: readonly string[]): Promise<{ id: string }[]> {
  if (ids.length === 0 || identity.role !== 'MASS_ORG_STAFF') return [];
  const created = candidateCreatedByOwnOrganisation(identity, 'c');
  return em.execute<{ id: string }[]>(`select c.id from candidate c where c.id = any(?::uuid[]) and (${created.sql})`, [pgArray(ids), ...created.params]);
}

/**
 * Candidates the cell must act on, most urgent first: nurtured candidates whose monthly
 * review is due on or before `asOf` (one month, the policy's interval, after the later of
 * acceptance and the last review), and candidates waiting for a new cell since their cell
 * was closed (whatever the date). Each is dated by the earlier of the two; Postgres adds
 * months the way the domain does (31 January + 1 month = last day of February).
 */
export async function findDueForReview(
  em: EntityManager,
  identity: Identity,
  options: { organisationId: string | null; asOf: string; intervalMonths: number; first: number; after: [string, string] | null },
): Promise<CandidatePage> {
  const where = new Where();
  const visibility = candidateVisibility(identity, 'c');
  where.and(visibility.sql, ...visibility.params);
  if (options.organisationId) where.and('c.cell_id in (select id from org_subtree(?::uuid))', options.organisationId);
  // The review date only for nurtured candidates (null otherwise); `least` ignores nulls.
  const review = `(case when c.status = any(?::text[]) and c.accepted_on is not null
      then (greatest(c.accepted_on, coalesce(c.last_reviewed_on, c.accepted_on)) + make_interval(months => ?))::date end)`;
  const reviewParams = [pgArray(NURTURED_STATUSES), options.intervalMonths];
  const due = `least(c.cell_reassignment_needed_since, ${review})`;
  where.and(`(c.cell_reassignment_needed_since is not null or ${review} <= ?::date)`, ...reviewParams, options.asOf);
  const page = new Where();
  page.and(where.sql.replace(/^where /, ''), ...where.params);
  if (options.after) page.and(`(to_char(${due}, 'YYYY-MM-DD'), c.id) > (?, ?::uuid)`, ...reviewParams, options.after[0], options.after[1]);
  const [ids, counts] = await Promise.all([
    em.execute<{ id: string }[]>(
      `select c.id from candidate c ${page.sql} order by ${due}, c.id limit ?`,
      [...page.params, ...reviewParams, options.first + 1],
    ),
    em.execute<{ count: string }[]>(`select count(*) as count from candidate c ${where.sql}`, where.params),
  ]);
  return { rows: await loadCandidates(em, ids.map((row) => row.id)), totalCount: Number(counts[0]?.count ?? 0) };
}

export async function findStages(em: EntityManager, candidateIds: readonly string[]): Promise<CandidateStageRow[]> {
  if (candidateIds.length === 0) return [];
  return em.find(CandidateStageEntity, { candidateId: { $in: [...candidateIds] } }, { orderBy: { seq: 'asc' } });
}

export async function findReviews(em: EntityManager, candidateIds: readonly string[]): Promise<CandidateReviewRow[]> {
  if (candidateIds.length === 0) return [];
  return em.find(CandidateReviewEntity, { candidateId: { $in: [...candidateIds] } }, { orderBy: { reviewedOn: 'desc', id: 'asc' } });
}
