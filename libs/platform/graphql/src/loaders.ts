import DataLoader from 'dataloader';

/**
 * A per-request loader keyed by id: `fetch` gets every id asked for in one tick and
 * returns the rows it found; missing ids resolve to null. Used by reference resolvers so a
 * list of 500 entities costs one query, not 500.
 */
export function createByIdLoader<TRow extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<TRow[]>,
  maxBatchSize = 1000,
): DataLoader<string, TRow | null> {
  return new DataLoader<string, TRow | null>(
    async (ids) => {
      const rows = await fetch(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize },
  );
}

/** Like createByIdLoader, but each key maps to many rows (children, members of a cell…). */
export function createGroupLoader<TKey, TRow>(
  fetch: (keys: readonly TKey[]) => Promise<TRow[]>,
  keyOf: (row: TRow) => TKey,
  cacheKey: (key: TKey) => string = (key) => String(key),
): DataLoader<TKey, TRow[], string> {
  return new DataLoader<TKey, TRow[], string>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<string, TRow[]>();
      for (const row of rows) {
        const key = cacheKey(keyOf(row));
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}
