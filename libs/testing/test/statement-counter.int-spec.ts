import { Client } from 'pg';
import { countStatements, startStatementCount, TEST_POSTGRES_URL } from '../src';

describe('countStatements', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: `${TEST_POSTGRES_URL}/postgres` });
    await client.connect();
  });
  afterAll(() => client.end());

  it('counts the statements sent while the window is open, leaving out transaction control and outbox work', async () => {
    const { result, count, statements } = await countStatements(async () => {
      await client.query('begin');
      await client.query('select 1 as one');
      await client.query({ text: 'select $1::int as two', values: [2] });
      await client.query(`select count(*) from pg_class where relname = 'outbox_event'`);
      await client.query('commit');
      return 'done';
    });
    expect(result).toBe('done');
    expect(count).toBe(2);
    expect(statements).toEqual(['select 1 as one', 'select $1::int as two']);
  });

  it('counts nothing once stopped, and windows are independent', async () => {
    const outer = startStatementCount();
    await client.query('select 1');
    const inner = await countStatements(() => client.query('select 2'));
    expect(inner.count).toBe(1);
    expect(outer.stop().count).toBe(2);
    await client.query('select 3');
    expect(outer.count).toBe(2);
  });
});
