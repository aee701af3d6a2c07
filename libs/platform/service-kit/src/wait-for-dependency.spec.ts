import type { Logger } from '@pdv/observability';
import { describePostgres, waitForDependency } from './wait-for-dependency';

const logger = () => ({ info: jest.fn(), warn: jest.fn() }) as unknown as Logger & { info: jest.Mock; warn: jest.Mock };
const fast = { timeoutMs: 1_000, firstRetryMs: 1, maxRetryMs: 4 };

describe('waitForDependency', () => {
  it('retries with back-off, logging what it waits for, until the dependency answers', async () => {
    const log = logger();
    let calls = 0;
    const result = await waitForDependency(
      { name: 'postgres', target: '127.0.0.1:5432/sourcing' },
      async () => {
        calls += 1;
        if (calls < 4) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return 'connected';
      },
      log,
      fast,
    );
    expect(result).toBe('connected');
    expect(log.warn.mock.calls.map(([facts]) => [facts.attempt, facts.retryInMs])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
    expect(log.warn.mock.calls[0]).toEqual([expect.objectContaining({ dependency: 'postgres', target: '127.0.0.1:5432/sourcing' }), 'waiting for postgres']);
    expect(log.info).toHaveBeenCalledWith(expect.objectContaining({ dependency: 'postgres' }), 'postgres is available');
  });

  it('gives up after the timeout, naming the dependency and the last error', async () => {
    await expect(
      waitForDependency({ name: 'nats', target: 'nats://127.0.0.1:4222' }, () => Promise.reject(new Error('CONNECTION_REFUSED')), logger(), {
        timeoutMs: 30,
        firstRetryMs: 5,
        maxRetryMs: 10,
      }),
    ).rejects.toThrow(/nats at nats:\/\/127\.0\.0\.1:4222 did not answer within 0 s \(last error: Error: CONNECTION_REFUSED\)/);
  });
});

describe('describePostgres', () => {
  it('shows host, port and database, never the credentials', () => {
    expect(describePostgres('postgres://app:secret@db.internal:6432', 'training')).toBe('db.internal:6432/training');
    expect(describePostgres('postgres://postgres@127.0.0.1', 'sourcing')).toBe('127.0.0.1:5432/sourcing');
  });
});
