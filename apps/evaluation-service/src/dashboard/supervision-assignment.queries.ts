import { type EntityManager, pgArray } from '@pdv/persistence';

/** The committee member supervising each organisation on `day` (the latest assignment when two overlap), in one read. */
export async function supervisorsOn(em: EntityManager, organisationIds: readonly string[], day: string): Promise<Map<string, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await em.execute<{ organisation_id: string; committee_member_id: string }[]>(
    `select distinct on (organisation_id) organisation_id, committee_member_id from supervision_assignment
      where organisation_id = any(?::uuid[]) and valid_from <= ?::date and (valid_to is null or valid_to > ?::date)
        and committee_member_id <> '00000000-0000-0000-0000-000000000000'
      order by organisation_id, valid_from desc`,
    [pgArray([...new Set(organisationIds)]), day, day],
  );
  return new Map(rows.map((r) => [r.organisation_id, r.committee_member_id]));
}

/** The organisations a committee member supervises on `day`. */
export async function supervisedBy(em: EntityManager, committeeMemberId: string, day: string): Promise<string[]> {
  const rows = await em.execute<{ organisation_id: string }[]>(
    `select distinct organisation_id from supervision_assignment
      where committee_member_id = ?::uuid and valid_from <= ?::date and (valid_to is null or valid_to > ?::date)`,
    [committeeMemberId, day, day],
  );
  return rows.map((r) => r.organisation_id);
}
