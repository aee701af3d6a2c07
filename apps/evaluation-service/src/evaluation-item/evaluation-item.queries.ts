import type { EntityManager } from '@pdv/persistence';
import type { EvaluationItemRow } from './evaluation-item.entity';

const COLUMNS = `i.id, i.code, i.title, to_char(i.effective_from, 'YYYY-MM-DD') as "effectiveFrom", i.recorded_at as "recordedAt",
  i.recorded_by as "recordedBy", i.recorded_by_role as "recordedByRole"`;

type RawRow = Omit<EvaluationItemRow, 'recordedAt'> & { recordedAt: string | Date };

function row(raw: RawRow): EvaluationItemRow {
  return { ...raw, recordedAt: new Date(raw.recordedAt) };
}

export async function findItemById(em: EntityManager, id: string): Promise<EvaluationItemRow | null> {
  const rows = await em.execute<RawRow[]>(`select ${COLUMNS} from evaluation_item i where i.id = ?::uuid`, [id]);
  return rows[0] ? row(rows[0]) : null;
}

/** A page in code order, after the keyset `after` ([code, id]); `limit` rows at most. */
export async function findItemsPage(em: EntityManager, after: readonly [string, string] | null, limit: number): Promise<EvaluationItemRow[]> {
  const rows = await em.execute<RawRow[]>(
    `select ${COLUMNS} from evaluation_item i
      where ?::text is null or (i.code, i.id) > (?::text, ?::uuid)
      order by i.code, i.id limit ?`,
    [after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows.map(row);
}

export async function countItems(em: EntityManager): Promise<number> {
  const [{ count }] = await em.execute<{ count: string }[]>('select count(*) as count from evaluation_item');
  return Number(count);
}
