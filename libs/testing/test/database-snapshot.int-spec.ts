import { Client } from 'pg';
import { databaseSnapshot } from '../src/bad-input-suite';
import { createTestDatabase, type TestDatabase } from '../src/test-database';

describe('databaseSnapshot', () => {
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    db = await createTestDatabase('snapshot');
    client = new Client({ connectionString: `${db.serverUrl}/${db.dbName}` });
    await client.connect();
    await client.query('create table note (id int primary key, body text); create table outbox (id int primary key, published boolean)');
    await client.query(`insert into note values (1, 'a'), (2, 'b'); insert into outbox values (1, false)`);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('changes with any row of any table (the outbox too), and only then', async () => {
    const snapshot = databaseSnapshot(async (query) => (await client.query(query)).rows);
    const first = await snapshot();
    expect(await snapshot()).toBe(first);
    await client.query(`update outbox set published = true`);
    const published = await snapshot();
    expect(published).not.toBe(first);
    await client.query(`update note set body = 'c' where id = 2`);
    expect(await snapshot()).not.toBe(published);
    expect(first.split('\n')).toHaveLength(2);
  });
});
