import { setTimeout as delay } from 'node:timers/promises';
import { exponentialBackoff } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import { Client } from 'pg';

export interface DependencyWaitSettings {
  /** Give up (and fail the start) after this long; the supervisor then restarts the process. */
  timeoutMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
}

export const DEFAULT_DEPENDENCY_WAIT: DependencyWaitSettings = { timeoutMs: 120_000, firstRetryMs: 250, maxRetryMs: 5_000 };

/**
 * Retries `attempt` with a doubling, capped delay until it succeeds or `timeoutMs` runs out,
 * logging each failure with what it waits for. Services start in any order next to the
 * database and the broker (a host reboot, a compose `up`), so a dependency that is not there
 * yet is waited for rather than being a crash.
 */
export async function waitForDependency<T>(
  what: { name: string; target: string },
  attempt: () => Promise<T>,
  logger: Logger,
  settings: DependencyWaitSettings = DEFAULT_DEPENDENCY_WAIT,
): Promise<T> {
  const started = Date.now();
  for (let failures = 1; ; failures += 1) {
    try {
      const result = await attempt();
      if (failures > 1) logger.info({ dependency: what.name, target: what.target, waitedMs: Date.now() - started }, `${what.name} is available`);
      return result;
    } catch (error) {
      const waitedMs = Date.now() - started;
      const retryInMs = exponentialBackoff(failures, settings.firstRetryMs, settings.maxRetryMs);
      const reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'failed';
      if (waitedMs + retryInMs > settings.timeoutMs) {
        throw new Error(`${what.name} at ${what.target} did not answer within ${Math.round(settings.timeoutMs / 1000)} s (last error: ${reason})`, {
          cause: error,
        });
      }
      logger.warn({ dependency: what.name, target: what.target, attempt: failures, retryInMs, reason }, `waiting for ${what.name}`);
      await delay(retryInMs);
    }
  }
}

/** host:port/database of a PostgreSQL URL, without credentials: what a log line may show. */
export function describePostgres(serverUrl: string, dbName: string): string {
  const url = new URL(serverUrl);
  return `${url.hostname}:${url.port || '5432'}/${dbName}`;
}

/** One connection and `select 1` against the service's own database. */
export async function pingPostgres(serverUrl: string, dbName: string): Promise<void> {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}
