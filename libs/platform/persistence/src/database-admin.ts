import { Client } from 'pg';
import { serverUrlOf } from './server-url';

const SAFE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function assertSafeName(dbName: string): void {
  if (!SAFE_NAME.test(dbName)) throw new Error(`unsafe database name: ${dbName}`);
}

async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrlOf(serverUrl)}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database if it does not exist (idempotent, safe to run at every start). */
export async function ensureDatabase(serverUrl: string, dbName: string): Promise<boolean> {
  assertSafeName(dbName);
  return withAdminClient(serverUrl, async (client) => {
    const existing = await client.query('select 1 from pg_database where datname = $1', [dbName]);
    if (existing.rowCount) return false;
    try {
      await client.query(`create database "${dbName}"`);
    } catch (error) {
      // Another process created it between the check and the create.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return false;
    }
    return true;
  });
}

export async function dropDatabase(serverUrl: string, dbName: string): Promise<void> {
  assertSafeName(dbName);
  await withAdminClient(serverUrl, (client) => client.query(`drop database if exists "${dbName}" with (force)`));
}
