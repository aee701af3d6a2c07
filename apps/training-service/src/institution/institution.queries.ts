import { type EntityManager, pgArray } from '@pdv/persistence';
import type { InstitutionRow } from './institution.entity';

const COLUMNS = `i.id, i.code, i.name, i.recorded_at as "recordedAt", i.recorded_by as "recordedBy", i.recorded_by_role as "recordedByRole"`;

type RawRow = Omit<InstitutionRow, 'recordedAt'> & { recordedAt: string | Date };

function row(raw: RawRow): InstitutionRow {
  return { ...raw, recordedAt: new Date(raw.recordedAt) };
}

export async function findInstitutionById(em: EntityManager, id: string): Promise<InstitutionRow | null> {
  const rows = await em.execute<RawRow[]>(`select ${COLUMNS} from training_institution i where i.id = ?::uuid`, [id]);
  return rows[0] ? row(rows[0]) : null;
}

export async function findInstitutionsByIds(em: EntityManager, ids: readonly string[]): Promise<InstitutionRow[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<RawRow[]>(`select ${COLUMNS} from training_institution i where i.id = any(?::uuid[])`, [pgArray(ids)]);
  return rows.map(row);
}

/** A page in code order, after the keyset `after` ([code, id]); `limit` rows at most. */
export async function findInstitutionsPage(em: EntityManager, after: readonly [string, string] | null, limit: number): Promise<InstitutionRow[]> {
  const rows = await em.execute<RawRow[]>(
    `select ${COLUMNS} from training_institution i
      where ?::text is null or (i.code, i.id) > (?::text, ?::uuid)
      order by i.code, i.id limit ?`,
    [after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows.map(row);
}

export async function countInstitutions(em: EntityManager): Promise<number> {
  const [{ count }] = await em.execute<{ count: string }[]>('select count(*) as count from training_institution');
  return Number(count);
}
