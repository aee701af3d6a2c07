import { randomUUID } from 'node:crypto';
import { requireIdentity } from '@pdv/auth';
import { localDateInVietnam } from '@pdv/calendar';
import { checkSupervisionReview, previousMonthKey, type ReviewKey, type SupervisionReviewInput } from '@pdv/evaluation-domain';
import type { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { ServiceScope } from '../common/service-scope';
import { assertOrganisationRecordsVisible, committeeMemberIdOf, WARD_WIDE_RECORD_READERS } from '../common/visibility';
import type { SupervisionReviewRow } from './supervision-review.entity';
import { missingSupervisionReviews, reviewsOfUnitsInYear, supervisionAssignmentsOf } from './supervision-review.queries';

/** The committee members' monthly reviews of the units they supervise. */
export class SupervisionReviewService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly scopes: OrganisationReadModelScopes,
  ) {}

  private today(): string {
    return localDateInVietnam(this.scope.clock.now());
  }

  /**
   * Records the caller's review of a unit for a month, or replaces their own earlier one for
   * the same month (a review is the member's working note, not a party dossier). The caller
   * must be the committee member assigned to the unit in that month.
   */
  async record(input: SupervisionReviewInput): Promise<SupervisionReviewRow> {
    const committeeMemberId = committeeMemberIdOf(requireIdentity(this.scope.identity));
    const { actor, clock } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const assignments = await supervisionAssignmentsOf(em, { committeeMemberIds: [committeeMemberId], organisationIds: [input.organisationId] });
      checkSupervisionReview(input, committeeMemberId, assignments, this.today());
      const [row] = await em.execute<SupervisionReviewRow[]>(
        `insert into supervision_review (id, organisation_id, committee_member_id, month, observed, problems, agreed, agreed_by, recorded_by, recorded_at)
         values (?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?::date, ?, ?)
         on conflict (organisation_id, committee_member_id, month) do update set observed = excluded.observed, problems = excluded.problems,
           agreed = excluded.agreed, agreed_by = excluded.agreed_by, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
         returning id, organisation_id as "organisationId", committee_member_id as "committeeMemberId", month, observed, problems, agreed,
           to_char(agreed_by, 'YYYY-MM-DD') as "agreedBy", recorded_by as "recordedBy", recorded_at as "recordedAt"`,
        [randomUUID(), input.organisationId, committeeMemberId, input.month, input.observed, input.problems, input.agreed, input.agreedBy, actor.id, clock.now()],
      );
      return row;
    });
  }

  /** An organisation's reviews of a year, if the caller may read its records. */
  async reviewsOf(organisationId: string, year: number): Promise<SupervisionReviewRow[]> {
    await assertOrganisationRecordsVisible(this.scope.identity, organisationId, year, { em: this.scope.em, scopes: this.scopes });
    return reviewsOfUnitsInYear(this.scope.em, [organisationId], year);
  }

  /**
   * The reviews missing for a month (last month by default), limited to what the caller may
   * see: a committee member their own units, a cell secretary their subtree.
   */
  async missing(month: string | null): Promise<ReviewKey[]> {
    const identity = requireIdentity(this.scope.identity);
    const all = await missingSupervisionReviews(this.scope.em, month ?? previousMonthKey(this.today()));
    if (WARD_WIDE_RECORD_READERS.includes(identity.role)) return all;
    if (identity.role === 'COMMITTEE_MEMBER') {
      const me = committeeMemberIdOf(identity);
      return all.filter((row) => row.committeeMemberId === me);
    }
    const scopeId = identity.scopeId;
    if (identity.role !== 'CELL_SECRETARY' || !scopeId) return [];
    const within = await Promise.all(all.map((row) => this.scopes.organisationWithin(row.organisationId, scopeId)));
    return all.filter((_, i) => within[i]);
  }
}
