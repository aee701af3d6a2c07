import { type EntityManager, pgArray } from '@pdv/persistence';

/** One column of a bulk insert: its name, its PostgreSQL type and how to read it from a row. */
export interface BulkColumn<T> {
  name: string;
  type: string;
  value(row: T): string | number | boolean | Date | null;
}

const CHUNK = 2_000;

/**
 * Inserts rows with one statement per 2,000 (arrays unnested server-side), skipping rows that
 * collide with an existing one on any unique constraint. Returns the ids actually inserted,
 * so a caller writes dependent rows and events for those only: what makes re-runs no-ops.
 */
export async function insertSkippingExisting<T>(
  em: EntityManager,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly T[],
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const names = columns.map((column) => `"${column.name}"`).join(', ');
    const arrays = columns.map((column) => `?::${column.type}[]`).join(', ');
    const params = columns.map((column) =>
      pgArray(chunk.map((row) => {
        const value = column.value(row);
        return value instanceof Date ? value.toISOString() : value;
      })),
    );
    const result = await em.execute<{ id: string }[]>(
      `insert into "${table}" (${names}) select * from unnest(${arrays}) on conflict do nothing returning id`,
      params,
    );
    for (const row of result) inserted.add(row.id);
  }
  return inserted;
}
