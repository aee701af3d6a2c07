import type { OrganisationPolicy } from '@pdv/organisation-domain';
import { DEFAULT_ORGANISATION_POLICY } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';

interface PolicyRow {
  maxFutureDays: number;
  planFirstYear: number;
  planLastYear: number;
  minOfficialMembersToVote: number;
}

/** The ward's policy values (the migration creates the row; defaults cover a missing one). */
export async function loadPolicy(em: EntityManager): Promise<OrganisationPolicy> {
  const [row] = await em.execute<PolicyRow[]>(
    `select max_future_days as "maxFutureDays", plan_first_year as "planFirstYear", plan_last_year as "planLastYear",
            min_official_members_to_vote as "minOfficialMembersToVote"
       from organisation_policy where id = 1`,
  );
  if (!row) return DEFAULT_ORGANISATION_POLICY;
  return {
    maxFutureDays: row.maxFutureDays,
    planTerm: { firstYear: row.planFirstYear, lastYear: row.planLastYear },
    minOfficialMembersToVote: row.minOfficialMembersToVote,
  };
}
