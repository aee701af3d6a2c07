import type { EntityManager } from '@pdv/persistence';

/**
 * The cell's official members on the roll on that day, with whether they were on temporary
 * transfer elsewhere then: each member's latest standing from on or before the day
 * (member_standing_history, kept from the organisation service's events), not today's.
 */
export function officialRollOn(em: EntityManager, cellId: string, day: string): Promise<{ id: string; temporarilyAway: boolean }[]> {
  return em.execute<{ id: string; temporarilyAway: boolean }[]>(
    `select id, "temporarilyAway" from (
       select distinct on (h.member_id) h.member_id as id, h.organisation_id, h.status, h.active, h.temporarily_away as "temporarilyAway"
         from member_standing_history h
        where h.member_id in (select member_id from member_standing_history where organisation_id = ?::uuid)
          and h.effective_on <= ?::date
        order by h.member_id, h.effective_on desc, h.event_at desc
     ) standing
     where standing.organisation_id = ?::uuid and standing.status = 'OFFICIAL' and standing.active
     order by id`,
    [cellId, day, cellId],
  );
}

/** How many official members the cell had on that day (ADMISSION.CELL_MINIMUM, on the same roll as the vote base). */
export async function officialMembersOfCell(em: EntityManager, cellId: string, day: string): Promise<number> {
  return (await officialRollOn(em, cellId, day)).length;
}
