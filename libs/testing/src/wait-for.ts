import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls `probe` until it returns something truthy (an event arrived, a row was written) and
 * returns it; fails naming `what` when the time is up. For effects that travel through NATS.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, intervalMs = 25, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(intervalMs);
  }
}
