import { inOrderOf, pgArray, Where } from '@pdv/persistence';
import type { Identity } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';
import type { ReferralStatus } from '@pdv/sourcing-domain';
import { referralVisibility } from '../common/access';
import { ReferralEntity, type ReferralRow } from './referral.entity';

export interface ReferralFilter {
  massOrganisationId?: string | null;
  organisationId?: string | null;
  status?: ReferralStatus | null;
  year?: number | null;
}

export function referralWhere(identity: Identity, filter: ReferralFilter): Where {
  const where = new Where();
  const visibility = referralVisibility(identity, 'r');
  where.and(visibility.sql, ...visibility.params);
  if (filter.massOrganisationId) {
    where.and('r.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))', filter.massOrganisationId);
  }
  if (filter.organisationId) where.and('r.cell_id in (select id from org_subtree(?::uuid))', filter.organisationId);
  if (filter.status) where.and('r.status = ?', filter.status);
  if (filter.year) where.and('r.submitted_on >= make_date(?, 1, 1) and r.submitted_on < make_date(? + 1, 1, 1)', filter.year, filter.year);
  return where;
}

/** Newest first, keyset-paginated on (submitted_at, id). */
export async function listReferrals(
  em: EntityManager,
  where: Where,
  first: number,
  after: [string, string] | null,
): Promise<{ rows: ReferralRow[]; totalCount: number }> {
  const page = new Where();
  page.and(where.sql.replace(/^where /, '') || 'true', ...where.params);
  if (after) page.and('(r.submitted_at, r.id) < (?::timestamptz, ?::uuid)', after[0], after[1]);
  const [ids, counts] = await Promise.all([
    em.execute<{ id: string }[]>(
      `select r.id from referral r ${page.sql} order by r.submitted_at desc, r.id desc limit ?`,
      [...page.params, first + 1],
    ),
    em.execute<{ count: string }[]>(`select count(*) as count from referral r ${where.sql}`, where.params),
  ]);
  const list = ids.map((row) => row.id);
  const rows = list.length ? await em.find(ReferralEntity, { id: { $in: list } }) : [];
  return { rows: inOrderOf(list, rows), totalCount: Number(counts[0]?.count ?? 0) };
}

/** The referrals of these candidates that the caller may see, oldest first. */
export async function findVisibleReferralsOfCandidates(
  em: EntityManager,
  identity: Identity,
  candidateIds: readonly string[],
): Promise<ReferralRow[]> {
  if (candidateIds.length === 0) return [];
  const visibility = referralVisibility(identity, 'r');
  const ids = await em.execute<{ id: string }[]>(
    `select r.id from referral r where r.candidate_id = any(?::uuid[]) and (${visibility.sql}) order by r.submitted_at, r.id`,
    [pgArray(candidateIds), ...visibility.params],
  );
  const list = ids.map((row) => row.id);
  return list.length ? inOrderOf(list, await em.find(ReferralEntity, { id: { $in: list } })) : [];
}

export async function findVisibleReferral(em: EntityManager, identity: Identity, id: string): Promise<ReferralRow | null> {
  const visibility = referralVisibility(identity, 'r');
  const [found] = await em.execute<{ id: string }[]>(`select r.id from referral r where r.id = ?::uuid and (${visibility.sql})`, [
    id,
    ...visibility.params,
  ]);
  return found ? em.findOne(ReferralEntity, { id: found.id }) : null;
}
