import { Client } from 'pg';
import type { TestDatabase } from './test-database';
import { waitFor } from './wait-for';

/**
 * Makes concurrent requests really meet: holds a row lock (`lockSql`, a `select … for update`)
 * while `race` sends its requests, waits until `waiters` of them queue for a lock in the
 * suite's database, then lets go, so they contend for the row at the same instant. Without
 * it, two "simultaneous" requests through the gateway often arrive a transaction apart.
 */
export async function raceOnLockedRow<T>(db: TestDatabase, lockSql: string, params: unknown[], waiters: number, race: () => Promise<T>): Promise<T> {
  const holder = new Client({ connectionString: `${db.serverUrl}/${db.dbName}` });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query(lockSql, params);
    const raced = race();
    // Settled early (an error before any lock): stop waiting and report it.
    let settled = false;
    raced.then(
      () => (settled = true),
      () => (settled = true),
    );
    await waitFor(
      async () => {
        if (settled) return true;
        const { rows } = await holder.query<{ n: string }>(
          `select count(*) as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and backend_type = 'client backend' and pid <> pg_backend_pid()`,
        );
        return Number(rows[0].n) >= waiters;
      },
      { what: `${waiters} requests to wait for the locked row` },
    );
    await holder.query('rollback');
    return await raced;
  } finally {
    await holder.end();
  }
}
