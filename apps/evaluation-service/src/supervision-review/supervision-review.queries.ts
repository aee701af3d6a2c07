import { missingReviews, monthKeysOf, parseMonthKey, type ReviewKey, type SupervisionAssignment } from '@pdv/evaluation-domain';
import { type EntityManager, pgArray } from '@pdv/persistence';
import type { SupervisionReviewRow } from './supervision-review.entity';

const ASSIGNMENT_COLUMNS = `assignment_id as "assignmentId", committee_member_id as "committeeMemberId", organisation_id as "organisationId",
  to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo"`;

/** Assignments as the organisation service announced them, for some committee members, some units, or (neither given) all. */
export async function supervisionAssignmentsOf(
  em: EntityManager,
  filter: { committeeMemberIds?: readonly string[]; organisationIds?: readonly string[] },
): Promise<SupervisionAssignment[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.committeeMemberIds) {
    where.push('committee_member_id = any(?::uuid[])');
    params.push(pgArray([...filter.committeeMemberIds]));
  }
  if (filter.organisationIds) {
    where.push('organisation_id = any(?::uuid[])');
    params.push(pgArray([...filter.organisationIds]));
  }
  return em.execute<SupervisionAssignment[]>(
    `select ${ASSIGNMENT_COLUMNS} from supervision_assignment ${where.length ? `where ${where.join(' and ')}` : ''} order by valid_from, assignment_id`,
    params,
  );
}

/** Assignments covering at least one day of [from, to). */
async function assignmentsOverlapping(em: EntityManager, from: string, to: string): Promise<SupervisionAssignment[]> {
  return em.execute<SupervisionAssignment[]>(
    `select ${ASSIGNMENT_COLUMNS} from supervision_assignment
      where valid_from < ?::date and (valid_to is null or valid_to > ?::date) and valid_from <> coalesce(valid_to, 'infinity'::date)
      order by committee_member_id, organisation_id`,
    [to, from],
  );
}

const REVIEW_COLUMNS = `id, organisation_id as "organisationId", committee_member_id as "committeeMemberId", month, observed, problems, agreed,
  to_char(agreed_by, 'YYYY-MM-DD') as "agreedBy", recorded_by as "recordedBy", recorded_at as "recordedAt"`;

/** The reviews of some units in a year, by month then unit. */
export async function reviewsOfUnitsInYear(em: EntityManager, organisationIds: readonly string[], year: number): Promise<SupervisionReviewRow[]> {
  return em.execute<SupervisionReviewRow[]>(
    `select ${REVIEW_COLUMNS} from supervision_review where organisation_id = any(?::uuid[]) and month = any(?::text[]) order by month, organisation_id, committee_member_id`,
    [pgArray([...organisationIds]), pgArray(monthKeysOf(year))],
  );
}

/** Which reviews some committee members recorded in a year (keys only: what the roll-up counts). */
export async function reviewsOfMembersInYear(em: EntityManager, committeeMemberIds: readonly string[], year: number): Promise<ReviewKey[]> {
  return em.execute<ReviewKey[]>(
    `select organisation_id as "organisationId", committee_member_id as "committeeMemberId", month from supervision_review
      where committee_member_id = any(?::uuid[]) and month = any(?::text[])`,
    [pgArray([...committeeMemberIds]), pgArray(monthKeysOf(year))],
  );
}

/**
 * The units whose review for `month` (`2026-M06`) is missing: each (committee member, unit)
 * an assignment covers in the month with no review by that member. Two reads however many
 * units the ward has; the ward dashboard calls this for last month (previousMonthKey).
 */
export async function missingSupervisionReviews(em: EntityManager, month: string): Promise<ReviewKey[]> {
  const range = parseMonthKey(month);
  if (range === null) return [];
  const assignments = await assignmentsOverlapping(em, range.from, range.to);
  const reviews = await em.execute<ReviewKey[]>(
    'select organisation_id as "organisationId", committee_member_id as "committeeMemberId", month from supervision_review where month = ?',
    [month],
  );
  return missingReviews(assignments, reviews, month);
}
