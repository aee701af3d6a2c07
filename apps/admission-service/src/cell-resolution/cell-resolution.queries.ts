import type { RollEntry, VoteCount } from '@pdv/admission-domain';
import type { EntityManager } from '@pdv/persistence';

/** The count of the latest resolution a cell recorded on the dossier at a meeting of that date, or null. */
export async function findVoteCount(em: EntityManager, dossierId: string, meetingDate: string): Promise<VoteCount | null> {
  const [row] = await em.execute<VoteCount[]>(
    `select official_members as "officialMembers", base, present, in_favour as "inFavour", required, passed
       from cell_resolution where dossier_id = ?::uuid and meeting_date = ?::date order by recorded_at desc, id limit 1`,
    [dossierId, meetingDate],
  );
  return row ?? null;
}

/**
 * The official members of the cell with whether they are on temporary transfer, from the
 * organisation read model (its current standing: it keeps no history), and who attended.
 */
export async function cellRoll(em: EntityManager, cellId: string, presentMemberIds: ReadonlySet<string>): Promise<RollEntry[]> {
  const rows = await em.execute<{ id: string; temporarilyAway: boolean }[]>(
    `select id, temporarily_away as "temporarilyAway" from member_read_model
      where organisation_id = ?::uuid and status = 'OFFICIAL' and active order by id`,
    [cellId],
  );
  return rows.map((row) => ({ memberId: row.id, temporarilyAway: row.temporarilyAway, attended: presentMemberIds.has(row.id) }));
}
