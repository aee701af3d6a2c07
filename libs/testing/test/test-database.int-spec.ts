import { Client } from 'pg';
import { createTestDatabase, TEST_POSTGRES_URL } from '../src';

async function exists(dbName: string): Promise<boolean> {
  const client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres` });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [dbName])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe('createTestDatabase', () => {
  it('creates a fresh database per suite and drops it', async () => {
    const a = await createTestDatabase('Harness Check');
    const b = await createTestDatabase('Harness Check');
    expect(a.dbName).toMatch(/^t_harness_check_[0-9a-f]{8}$/);
    expect(a.dbName).not.toBe(b.dbName);
    expect(await exists(a.dbName)).toBe(true);
    await a.drop();
    await b.drop();
    expect(await exists(a.dbName)).toBe(false);
  });
});
