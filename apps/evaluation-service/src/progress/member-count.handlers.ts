import { localDateInVietnam, yearOf } from '@pdv/calendar';
import type { OrganisationReadModelHooks } from '@pdv/organisation-read-model';
import type { EntityManager } from '@pdv/persistence';

// The member count of `organisationId` changes by `delta` in `year`: that year's row starts
// from the latest earlier year's (or 0), and the delta runs through every later year already
// kept, so a late event of an earlier year still reaches the years after it.
async function addMembers(em: EntityManager, organisationId: string, year: number, delta: number): Promise<void> {
  await em.execute(
    `insert into unit_member_count (organisation_id, year, members)
     select ?::uuid, ?, coalesce((select members from unit_member_count where organisation_id = ?::uuid and year < ? order by year desc limit 1), 0)
     on conflict (organisation_id, year) do nothing`,
    [organisationId, year, organisationId, year],
  );
  await em.execute('update unit_member_count set members = members + ? where organisation_id = ?::uuid and year >= ?', [delta, organisationId, year]);
}

/**
 * The start-of-year member counts the 3% rule needs (EVALUATION.UNIT_ADMISSION_RATE), kept
 * from the organisation service's member events as the shared read model applies them: a
 * member counts in their organisation while active (transferred out, removed or dead: no
 * longer), probationary or official, temporarily away or not — they still belong to it. The
 * change is dated by the event (in Vietnam time), so the count at the start of a year is the
 * one the events of the years before left.
 */
export function memberCountHooks(): Pick<OrganisationReadModelHooks, 'memberChanged'> {
  return {
    async memberChanged(member, at, { em }) {
      const countedIn = member.active ? member.organisationId : null;
      const [before] = await em.execute<{ organisation_id: string | null }[]>('select organisation_id from counted_member where member_id = ?::uuid for update', [member.memberId]);
      const was = before ? before.organisation_id : null;
      if (before && was === countedIn) return;
      await em.execute(
        `insert into counted_member (member_id, organisation_id) values (?::uuid, ?::uuid)
         on conflict (member_id) do update set organisation_id = excluded.organisation_id`,
        [member.memberId, countedIn],
      );
      const year = yearOf(localDateInVietnam(at));
      if (was) await addMembers(em, was, year, -1);
      if (countedIn) await addMembers(em, countedIn, year, 1);
    },
  };
}
