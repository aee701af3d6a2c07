import type { EntityManager } from '@pdv/persistence';

/**
 * Official members of the cell on the roll, from the organisation read model (its current
 * standing: the read model keeps no history, so a meeting date in the past counts today's roll).
 */
export async function officialMembersOfCell(em: EntityManager, cellId: string): Promise<number> {
  const [{ count }] = await em.execute<{ count: string }[]>(
    `select count(*) as count from member_read_model where organisation_id = ?::uuid and status = 'OFFICIAL' and active`,
    [cellId],
  );
  return Number(count);
}
