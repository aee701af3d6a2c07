import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@pdv/persistence';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** A short random suffix, so parallel suites never share a database, stream or subject. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export interface TestDatabase {
  serverUrl: string;
  dbName: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database for one test suite. The suite runs the service's committed
 * migrations on it (never a schema generated from entities) and drops it in afterAll.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const dbName = `t_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${uniqueSuffix()}`;
  await ensureDatabase(TEST_POSTGRES_URL, dbName);
  return { serverUrl: TEST_POSTGRES_URL, dbName, drop: () => dropDatabase(TEST_POSTGRES_URL, dbName) };
}

/** An event namespace (stream and subject prefix) of one test suite. */
export function testEventNamespace(): string {
  return `t${uniqueSuffix()}`;
}
