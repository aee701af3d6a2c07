import type { OrganisationKind } from '@pdv/contracts';
import {
  type CriterionPart,
  DEFAULT_EVALUATION_POLICY,
  type MeasuredCounts,
  memberDevelopmentCriterion,
  type MemberDevelopmentCriterion,
  missingReviewsInYear,
  type ProbationRecord,
  probationFacts,
  supervisorCriterion,
  type Target,
  unitAttainment,
  unitsSupervisedInYear,
} from '@pdv/evaluation-domain';
import type { EntityManager } from '@pdv/persistence';
import { reviewsOfMembersInYear, supervisionAssignmentsOf } from '../supervision-review/supervision-review.queries';
import { membersAtStartOfYear } from '../progress/member-count.queries';

/**
 * The member-development criterion as a rating keeps it: for an organisation (UNIT) and its
 * leader (LEADER) the unit's own parts; for a supervising committee member (SUPERVISOR) the
 * mean of their units, less the missing monthly reviews; NONE for a member with neither role.
 */
export interface MemberDevelopmentCriterionRecord {
  basis: 'UNIT' | 'LEADER' | 'SUPERVISOR' | 'NONE';
  /** The unit whose results the criterion is: the organisation, or the one the member leads. */
  organisationId: string | null;
  points: number | null;
  of: number | null;
  parts: CriterionPart[];
  /** For a supervisor: each unit supervised in the year and its criterion. */
  units: { organisationId: string; points: number; of: number }[];
  missingReviews: number | null;
}

/** The unit facts the criterion needs, read from the progress read model and the exemptions. */
async function unitCriterion(em: EntityManager, organisationId: string, year: number, targets: readonly Target[]): Promise<MemberDevelopmentCriterion> {
  const [org] = await em.execute<{ kind: OrganisationKind }[]>('select kind from org_read_model where id = ?::uuid', [organisationId]);
  const counters = await em.execute<{ stage: string; value: number }[]>(
    `select stage, value from progress_counter
      where scope = 'SUBTREE' and scope_id = ?::uuid and period_key = ? and source_category = 'ALL' and measure = 'ENTERED'
        and stage in ('ADMITTED', 'TRAINED', 'SENT_TO_TRAINING', 'ACCEPTED', 'ANNULLED')`,
    [organisationId, String(year)],
  );
  const entered = (stage: string) => counters.find((c) => c.stage === stage)?.value ?? 0;
  const counts: MeasuredCounts = { ADMITTED: entered('ADMITTED'), TRAINED: entered('TRAINED'), SENT_TO_TRAINING: entered('SENT_TO_TRAINING'), ACCEPTED: entered('ACCEPTED') };
  const [exemption] = await em.execute<{ reason: string }[]>(
    'select reason from target_exemption where organisation_id = ?::uuid and year = ? and not revoked limit 1',
    [organisationId, year],
  );
  // The same start-of-year count as the dashboard and the reports (src/progress/member-count.queries.ts).
  const members = (await membersAtStartOfYear(em, [organisationId], year)).get(organisationId) ?? 0;
  const attainment = unitAttainment({
    organisationId,
    organisationKind: org?.kind ?? 'GRASSROOTS_CELL',
    year,
    membersAtStartOfYear: members,
    exemptionReason: exemption?.reason ?? null,
    targets,
    counts,
  });
  const journeys = await em.execute<{ admitted: string; recognised: string | null }[]>(
    `select j.reached->>'ADMITTED' as admitted, j.reached->>'RECOGNISED' as recognised
       from candidate_journey j join org_read_model_closure c on c.descendant_id = j.unit_id
      where c.ancestor_id = ?::uuid and j.reached->>'ADMITTED' is not null`,
    [organisationId],
  );
  const records: ProbationRecord[] = journeys.map((j) => ({ admittedOn: j.admitted, recognisedOn: j.recognised }));
  const policy = DEFAULT_EVALUATION_POLICY.rating;
  return memberDevelopmentCriterion({ attainment: attainment.status, ...probationFacts(records, year, policy), annulled: entered('ANNULLED') }, policy);
}

function unitRecord(basis: 'UNIT' | 'LEADER', organisationId: string, criterion: MemberDevelopmentCriterion): MemberDevelopmentCriterionRecord {
  return { basis, organisationId, points: criterion.points, of: criterion.of, parts: criterion.parts, units: [], missingReviews: null };
}

/** An organisation's criterion: its own results. */
export async function organisationCriterion(em: EntityManager, organisationId: string, year: number, targets: readonly Target[]): Promise<MemberDevelopmentCriterionRecord> {
  return unitRecord('UNIT', organisationId, await unitCriterion(em, organisationId, year, targets));
}

/**
 * A member's criterion: a committee member who supervised units in the year carries the mean
 * of theirs less the missing monthly reviews (counted over the months ended by `today`); a
 * unit's leader carries the unit's; anyone else has none.
 */
export async function memberCriterion(
  em: EntityManager,
  memberId: string,
  leadsOrganisationId: string | null,
  year: number,
  targets: readonly Target[],
  today: string,
): Promise<MemberDevelopmentCriterionRecord> {
  const assignments = await supervisionAssignmentsOf(em, { committeeMemberIds: [memberId] });
  const supervised = unitsSupervisedInYear(memberId, assignments, year);
  if (supervised.length > 0) {
    const units: { organisationId: string; criterion: MemberDevelopmentCriterion }[] = [];
    for (const organisationId of supervised) units.push({ organisationId, criterion: await unitCriterion(em, organisationId, year, targets) });
    const reviews = await reviewsOfMembersInYear(em, [memberId], year);
    const missing = missingReviewsInYear(memberId, assignments, reviews, year, today);
    const rolled = supervisorCriterion(
      units.map((u) => u.criterion),
      missing,
      DEFAULT_EVALUATION_POLICY.rating,
    );
    return {
      basis: 'SUPERVISOR',
      organisationId: null,
      points: rolled?.points ?? null,
      of: rolled?.of ?? null,
      parts: [],
      units: units.map((u) => ({ organisationId: u.organisationId, points: u.criterion.points, of: u.criterion.of })),
      missingReviews: missing,
    };
  }
  if (leadsOrganisationId !== null) return unitRecord('LEADER', leadsOrganisationId, await unitCriterion(em, leadsOrganisationId, year, targets));
  return { basis: 'NONE', organisationId: null, points: null, of: null, parts: [], units: [], missingReviews: null };
}
