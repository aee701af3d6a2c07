import type { EntityManager } from '@pdv/persistence';
import { insertSkippingExisting } from './bulk-insert';

/** A stand-in that records the SQL and answers as PostgreSQL would for `returning id`. */
function recordingEm(answer: (params: unknown[]) => { id: string }[]) {
  const calls: { sql: string; params: unknown[] }[] = [];
  const em = {
    execute: async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return answer(params);
    },
  } as unknown as EntityManager;
  return { em, calls };
}

describe('insertSkippingExisting', () => {
  const columns = [
    { name: 'id', type: 'uuid', value: (row: { id: string; at: Date; n: number | null }) => row.id },
    { name: 'at', type: 'timestamptz', value: (row: { id: string; at: Date; n: number | null }) => row.at },
    { name: 'n', type: 'int', value: (row: { id: string; at: Date; n: number | null }) => row.n },
  ];

  it('sends one unnest insert per chunk with every column as one array parameter', async () => {
    const { em, calls } = recordingEm(() => [{ id: 'a' }]);
    const inserted = await insertSkippingExisting(em, 'thing', columns, [
      { id: 'a', at: new Date('2025-07-01T00:00:00Z'), n: 1 },
      { id: 'b', at: new Date('2025-07-02T00:00:00Z'), n: null },
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toBe(
      'insert into "thing" ("id", "at", "n") select * from unnest(?::uuid[], ?::timestamptz[], ?::int[]) on conflict do nothing returning id',
    );
    expect(calls[0].params).toEqual(['{"a","b"}', '{"2025-07-01T00:00:00.000Z","2025-07-02T00:00:00.000Z"}', '{1,NULL}']);
    expect([...inserted]).toEqual(['a']);
  });

  it('splits large inputs into chunks of 2,000 rows and does nothing for none', async () => {
    const { em, calls } = recordingEm(() => []);
    const rows = Array.from({ length: 4_500 }, (_, i) => ({ id: String(i), at: new Date(0), n: i }));
    await insertSkippingExisting(em, 'thing', columns, rows);
    expect(calls).toHaveLength(3);
    await insertSkippingExisting(em, 'thing', columns, []);
    expect(calls).toHaveLength(3);
  });
});
